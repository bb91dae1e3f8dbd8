/**
 * The incoming document aggregate (văn bản đến) as Decree 30/2020 registers and follows it: the receipt, the
 * số đến, routing to a lead and assistants, the handling notes and state, the text of its file, and the messages
 * of the intake mailbox that became receipts or were refused.
 */
package vn.vanban.domain.model.incoming;
