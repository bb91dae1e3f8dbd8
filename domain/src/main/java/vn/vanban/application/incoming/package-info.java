/**
 * Incoming documents (văn bản đến): receipts at the desk or from the intake mailbox, registration with the next
 * số đến, routing, handling and reminders, and the text of each file, read from its PDF or recognised in the
 * background after the receipt has committed. A file is taken only when its content is what it claims to be.
 */
package vn.vanban.application.incoming;
