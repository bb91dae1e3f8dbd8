/**
 * The meetings and tasks API: scheduling, attendance, agenda, opinions, conclusions, invitations and minutes, tasks
 * with their progress and reviews; and the personal invitation link, which answers for its one invitee without a
 * login.
 */
package vn.vanban.web.api.meetings;
