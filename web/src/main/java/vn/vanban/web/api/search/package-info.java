/**
 * Search across documents, articles and incoming documents, as the caller may see them.
 */
package vn.vanban.web.api.search;
