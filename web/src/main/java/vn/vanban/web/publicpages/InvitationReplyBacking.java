package vn.vanban.web.publicpages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.vanban.application.meeting.InvitationReplies;
import vn.vanban.domain.model.meeting.Attendee;
import vn.vanban.domain.model.meeting.Meeting;
import vn.vanban.domain.model.shared.NotFoundException;
import vn.vanban.web.faces.Feedback;
import vn.vanban.web.faces.Pages;
import vn.vanban.web.meetings.ReplyForm;

import java.io.IOException;
import java.io.Serializable;

/**
 * The page the personal link of an invitation mail opens ({@code invitation.xhtml?token=}), without logging in: the
 * meeting, whom the link is for, their current answer and the form to give or change it. The token answers for its
 * own invitee only; an unknown token is 404.
 */
@Named
@ViewScoped
public class InvitationReplyBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "replyForm";

    @Inject
    private InvitationReplies replies;

    @Inject
    private Feedback feedback;

    private String token;
    /** Reloaded by the token on first use after a move to another instance. */
    private transient Attendee invitee;
    private final ReplyForm form = new ReplyForm();

    public void load() throws IOException {
        try {
            invitee = replies.byToken(token);
        } catch (NotFoundException unknown) {
            Pages.notFound();
            return;
        }
        form.fill(invitee.getReply());
    }

    public void saveReply() {
        if (feedback.attempt(() -> invitee = replies.replyByToken(token, form.input()), FORM)) {
            feedback.info("member_meeting.message.replied");
        }
    }

    public Attendee getInvitee() {
        if (invitee == null && token != null) {
            invitee = replies.byToken(token);
        }
        return invitee;
    }

    public Meeting getMeeting() {
        return getInvitee().getMeeting();
    }

    public boolean isOpen() {
        return replies.isOpen(getMeeting());
    }

    public ReplyForm getForm() {
        return form;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
