/**
 * The meeting aggregate: its details, invitees and their replies, attendance, agenda with papers, opinions and
 * conclusions, and the bodies of its invitation and minutes written from that record. Parts keep their order, and a
 * meeting whose minutes are issued no longer changes.
 */
package vn.vanban.domain.model.meeting;
