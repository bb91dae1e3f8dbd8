/**
 * The news API: anybody reads published articles; the secretariat writes, publishes and takes them down. Reading
 * through the API counts no view.
 */
package vn.vanban.web.api.news;
