/**
 * The documents API: drafting, review, issue, publication, the outgoing register and document types, and downloads of
 * issued PDFs with byte ranges and Vietnamese file names. An illegal step answers 409 with its code, and so does a
 * save based on an old version.
 */
package vn.vanban.web.api.documents;
