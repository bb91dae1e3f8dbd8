/**
 * The secretariat's screens: documents with their workbench, the outgoing register and its archive ZIP, incoming
 * documents, meetings and news articles, each list paged from the database.
 */
package vn.vanban.web.secretariat;
