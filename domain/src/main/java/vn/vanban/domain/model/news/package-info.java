/**
 * News articles of the public page: the body sanitised like a document's, shown to the public only while published,
 * and the views one browser has been counted for.
 */
package vn.vanban.domain.model.news;
