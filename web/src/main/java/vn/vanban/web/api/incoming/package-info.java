/**
 * The incoming documents API: receipts with their file as multipart, registration, routing, handling and the incoming
 * register.
 */
package vn.vanban.web.api.incoming;
