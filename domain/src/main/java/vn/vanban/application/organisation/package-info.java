/**
 * Issuers and committees with their members, as the administrator keeps them.
 */
package vn.vanban.application.organisation;
