/**
 * The administrator's API: user accounts (never their password hashes), committees, issuers and the audit trail.
 */
package vn.vanban.web.api.admin;
