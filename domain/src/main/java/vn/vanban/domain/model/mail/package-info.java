/**
 * The outbox: one message to one recipient, written by the transaction whose outcome it tells, and tried again after
 * growing delays while the mail server refuses it.
 */
package vn.vanban.domain.model.mail;
