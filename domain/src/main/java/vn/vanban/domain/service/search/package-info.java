/**
 * Search rules spanning documents, articles and incoming documents: Vietnamese text folded for accent-insensitive
 * matching, split into the words the index stores, ranked by exact matches, and limited to the scope a searcher may
 * see.
 */
package vn.vanban.domain.service.search;
