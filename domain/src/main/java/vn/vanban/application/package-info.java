/**
 * The application layer, one package per aggregate: the services that are the transaction boundary of what screens
 * and the API ask. This package holds only the Actor every layer passes, so that each service decides what its caller
 * may do, and the portal's public address the links in mail and signed PDFs start with.
 */
package vn.vanban.application;
