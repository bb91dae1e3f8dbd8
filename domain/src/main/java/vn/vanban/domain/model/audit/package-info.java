/**
 * The audit trail's entries and the hash chain over them, whose verification finds any entry changed, removed or
 * inserted after it was sealed. Actions are stored by name and never renamed.
 */
package vn.vanban.domain.model.audit;
