/**
 * Mail the services send, written to an outbox in the transaction whose outcome it tells, and sent after that
 * transaction has committed and retried while the server refuses it, so that a mail exists exactly when its change
 * does.
 */
package vn.vanban.application.mail;
