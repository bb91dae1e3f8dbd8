package vn.vanban.web.meetings;

import vn.vanban.application.meeting.ReplyInput;
import vn.vanban.domain.model.meeting.Reply;
import vn.vanban.domain.model.meeting.ReplyChoice;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The answer being typed on a page where an invitee answers an invitation (their meeting page, or the page of the
 * mail's link): starts from their current answer and keeps what was typed when the answer is refused.
 */
public class ReplyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private ReplyChoice choice;
    private String reason;
    private String substituteName;
    private String substitutePosition;

    public void fill(Optional<Reply> current) {
        choice = current.map(Reply::getChoice).orElse(null);
        reason = current.map(Reply::getReason).orElse(null);
        substituteName = current.map(Reply::getSubstituteName).orElse(null);
        substitutePosition = current.map(Reply::getSubstitutePosition).orElse(null);
    }

    public ReplyInput input() {
        return new ReplyInput(choice, reason, substituteName, substitutePosition);
    }

    public List<ReplyChoice> getChoices() {
        return List.of(ReplyChoice.values());
    }

    public ReplyChoice getChoice() {
        return choice;
    }

    public void setChoice(ReplyChoice choice) {
        this.choice = choice;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getSubstituteName() {
        return substituteName;
    }

    public void setSubstituteName(String substituteName) {
        this.substituteName = substituteName;
    }

    public String getSubstitutePosition() {
        return substitutePosition;
    }

    public void setSubstitutePosition(String substitutePosition) {
        this.substitutePosition = substitutePosition;
    }
}
