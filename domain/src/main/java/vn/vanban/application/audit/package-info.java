/**
 * The audit trail: every service that changes a document, a file or an account records it here in its own
 * transaction, and the entries are sealed into a hash chain apart from the writes, so that a changed or missing entry
 * shows.
 */
package vn.vanban.application.audit;
