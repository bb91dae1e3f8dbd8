/**
 * The secretariat's meeting page ({@code secretariat/meeting.xhtml}), one bean per section of it: {@link
 * vn.vanban.web.secretariat.meeting.MeetingBacking} holds the meeting the sections share and reloads it after each
 * change, upon which every section refills what it shows; agenda, opinions and conclusions are edited alike through
 * {@link vn.vanban.web.secretariat.meeting.MeetingPartSection}.
 */
package vn.vanban.web.secretariat.meeting;
