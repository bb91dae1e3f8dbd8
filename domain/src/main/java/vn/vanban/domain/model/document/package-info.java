/**
 * The document aggregate, from first draft to publication: only a draft is edited, every save leaves an immutable
 * version, every step of its life is an event, and numbers come one after another from the register's series; with
 * its types, relations, signatures, read receipts and downloads.
 */
package vn.vanban.domain.model.document;
