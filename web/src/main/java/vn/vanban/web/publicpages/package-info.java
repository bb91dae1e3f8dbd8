/**
 * What anybody may see without logging in: the news and articles, public documents, their Atom feeds, search,
 * verification of a PDF, the certificate authority's certificates and lists, and the invitation link's page. An
 * anonymous reader gets a stateless page, from a short-lived cache where many read the same.
 */
package vn.vanban.web.publicpages;
