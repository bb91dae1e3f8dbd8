package vn.vanban.application.meeting;

import vn.vanban.domain.model.meeting.MeetingKind;

import java.time.Instant;

/** A meeting's scheduling facts as a screen or the API sends them: people by id. */
public record MeetingInput(long committeeId, MeetingKind kind, String title, Instant startsAt, Instant endsAt,
                           String place, Long chairId, String chairPosition, Long secretaryId,
                           String secretaryPosition) {
}
