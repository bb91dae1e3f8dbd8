package vn.vanban.domain.model.meeting;

import vn.vanban.domain.model.account.UserAccount;

import java.time.Instant;

/** The scheduling facts of a meeting, as the secretariat enters them. */
public record MeetingDetails(MeetingKind kind, String title, Instant startsAt, Instant endsAt, String place,
                             UserAccount chair, String chairPosition, UserAccount secretary,
                             String secretaryPosition) {
}
