/**
 * Issuers, with the symbol and numbering rule of their documents, and committees with their members' positions and
 * roles.
 */
package vn.vanban.domain.model.organisation;
