/**
 * What every aggregate uses: the base entity with timestamps and optimistic locking, domain exceptions with their
 * stable error codes, text as it is stored (NFC, trimmed), and dates in words as documents write them.
 */
package vn.vanban.domain.model.shared;
