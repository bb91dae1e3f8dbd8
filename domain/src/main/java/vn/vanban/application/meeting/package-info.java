/**
 * Meetings of committees: scheduling, attendance, agenda, opinions and conclusions, papers, invitations with their
 * replies and reminders, and the minutes, signed by the chair and then the secretary. A meeting's record is locked
 * once its minutes are issued.
 */
package vn.vanban.application.meeting;
