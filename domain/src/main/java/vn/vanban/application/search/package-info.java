/**
 * Accent-insensitive search across documents, articles and incoming documents, limited to what the searcher may see,
 * and the word index kept in step with them: in the transaction that changes their text, and by a sweep for what was
 * missed.
 */
package vn.vanban.application.search;
