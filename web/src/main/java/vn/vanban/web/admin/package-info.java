/**
 * The administrator's screens: users, committees with their members, issuers with their document types, and the audit
 * trail with the check of its chain.
 */
package vn.vanban.web.admin;
