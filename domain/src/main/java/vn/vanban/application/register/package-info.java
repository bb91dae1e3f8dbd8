/**
 * The outgoing and incoming registers as CSV and printed books, and their issued PDFs packed as a ZIP for the archive
 * in the background, each file listed with its SHA-256 and the ZIP kept in the shared database, so that any instance
 * can serve it.
 */
package vn.vanban.application.register;
