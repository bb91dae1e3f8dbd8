package vn.vanban.domain.model.meeting;

/** How an answer came: from a logged-in screen or API call, or from the personal link in the invitation mail. */
public enum ReplyChannel {
    PORTAL, LINK
}
