/**
 * The secretariat's work on outgoing documents and what follows it: drafting with versions, review, issue with the
 * register's next number, the issued PDF, its signatures, publication with its mails, read receipts and downloads,
 * and public verification. Every step checks its rule on the aggregate and its caller's role.
 */
package vn.vanban.application.document;
