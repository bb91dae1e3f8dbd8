package vn.vanban.web.secretariat.meeting;

import vn.vanban.domain.model.meeting.Meeting;

/** The meeting page's record after a change: the sections of the page refill what they show from it. */
public record MeetingReloaded(Meeting meeting) {
}
