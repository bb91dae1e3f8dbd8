/**
 * Exports of the register's issued PDFs as a ZIP, as every instance sharing the database sees them, and the quota of
 * how many may pack at once across all of them.
 */
package vn.vanban.domain.model.archive;
