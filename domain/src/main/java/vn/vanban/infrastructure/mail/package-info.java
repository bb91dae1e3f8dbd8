/**
 * Mail through SMTP, and the intake mailbox over IMAP, configured from the environment; without a server configured,
 * mail is only recorded and the intake is off.
 */
package vn.vanban.infrastructure.mail;
