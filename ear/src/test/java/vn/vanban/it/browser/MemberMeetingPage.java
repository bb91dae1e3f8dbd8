package vn.vanban.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** {@code member/meeting.xhtml?id=}: a meeting as an invitee sees it, with their answer to the invitation. */
public final class MemberMeetingPage extends PortalPage {

    private static final String FORM = "replyForm:";
    private static final By REASON = By.id(FORM + "reason");

    public MemberMeetingPage(Browser browser) {
        super(browser);
        browser.visible(By.cssSelector(".document-read"));
    }

    /** Picks an answer by its label ({@code Sẽ dự họp}, {@code Vắng mặt}, {@code Cử người dự thay}). */
    public MemberMeetingPage choose(String answer) {
        browser.click(By.xpath("//*[@id='" + FORM + "answer']//label[normalize-space(.)='" + answer + "']"));
        return this;
    }

    public MemberMeetingPage reason(String reason) {
        browser.type(REASON, reason);
        return this;
    }

    /** "Gửi trả lời": the form comes back with the answer recorded, or with what is missing next to its field. */
    public MemberMeetingPage send() {
        browser.click(By.id(FORM + "sendReply"));
        return this;
    }

    /** The answer chosen in the form, by its label; empty when none is. */
    public String chosen() {
        return browser.all(By.cssSelector("[id='" + FORM + "answer'] input[type='radio']")).stream()
                .filter(WebElement::isSelected)
                .map(input -> browser.text(By.cssSelector("label[for='" + input.getAttribute("id") + "']")).strip())
                .findFirst().orElse("");
    }

    /** What the form says under the reason field. */
    public String reasonMessage() {
        return browser.text(By.xpath("//input[@id='" + FORM + "reason']/ancestor::div[contains(@class,'field')][1]"
                + "//*[contains(@class,'ui-message')]"));
    }

    public String typedReason() {
        return browser.visible(REASON).getAttribute("value");
    }

    /** The answer as recorded: what the member answered, the reason, when; or that they have not answered. */
    public String currentReply() {
        return browser.text(By.id(FORM + "currentReply"));
    }
}
