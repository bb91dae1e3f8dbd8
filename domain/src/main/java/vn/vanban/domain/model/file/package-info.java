/**
 * Stored files, immutable and named by the SHA-256 of their content, so that the same bytes are kept once and every
 * instance serves the same file; and the first bytes that decide a file's kind, never its name.
 */
package vn.vanban.domain.model.file;
