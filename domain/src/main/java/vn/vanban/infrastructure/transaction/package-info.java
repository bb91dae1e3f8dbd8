/**
 * Work for after the current transaction has committed, so that no one is told of a change that may still roll back,
 * and group commit, which writes what many callers hand in with few transactions.
 */
package vn.vanban.infrastructure.transaction;
