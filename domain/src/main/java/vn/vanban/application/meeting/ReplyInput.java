package vn.vanban.application.meeting;

import vn.vanban.domain.model.meeting.ReplyChoice;

/** An answer to an invitation as a screen or the API gives it; {@link vn.vanban.domain.model.meeting.Reply} checks it. */
public record ReplyInput(ReplyChoice choice, String reason, String substituteName, String substitutePosition) {
}
