/**
 * The application layer, one package per aggregate: the services that are the transaction boundary of what screens
 * and the API ask. This package holds only the Actor every layer passes, so that each service decides what its caller
 * may do.
 */
package vn.vanban.application;
