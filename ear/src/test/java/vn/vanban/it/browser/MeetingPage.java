package vn.vanban.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

/**
 * {@code secretariat/meeting.xhtml?id=}: the meeting's record in tabs (details, attendance, agenda, opinions,
 * conclusions, tasks) and the minutes.
 */
public final class MeetingPage extends PortalPage {

    private static final String TABS = "meetingForm:tabs:";

    public MeetingPage(Browser browser) {
        super(browser);
        browser.visible(By.id("meetingForm:tabs"));
    }

    public static MeetingPage open(Browser browser, long id) {
        browser.open("secretariat/meeting.xhtml?id=" + id);
        return new MeetingPage(browser);
    }

    public MeetingPage tab(String title) {
        browser.click(By.xpath("//ul[@role='tablist']//a[starts-with(normalize-space(.), '" + title + "')]"));
        return this;
    }

    public MeetingPage markAbsent(String name, String reason) {
        tab("Thành phần");
        String row = "//tbody[@id='" + TABS + "attendees_data']/tr[td[1][contains(normalize-space(.), '" + name + "')]]";
        By menu = By.xpath(row + "//div[contains(@class,'ui-selectonemenu')]");
        browser.click(menu);
        browser.click(By.xpath("//li[contains(@class,'ui-selectonemenu-item') and normalize-space(.)='Vắng mặt']"
                + "[ancestor::div[contains(@class,'ui-selectonemenu-panel') and contains(@style,'display: block')]]"));
        browser.type(By.xpath(row + "//input[contains(@id,':reason')]"), reason);
        browser.click(By.xpath(row + "//button[contains(@id,':saveAttendance')]"));
        return this;
    }

    public MeetingPage addOpinion(String speaker, String summary) {
        tab("Ý kiến");
        browser.type(By.id(TABS + "speaker"), speaker);
        browser.type(By.id(TABS + "opinionSummary"), summary);
        browser.click(By.id(TABS + "addOpinion"));
        return this;
    }

    public MeetingPage addConclusion(String text) {
        tab("Kết luận");
        browser.type(By.id(TABS + "newConclusion"), text);
        browser.click(By.id(TABS + "addConclusion"));
        return this;
    }

    public String opinions() {
        tab("Ý kiến");
        return browser.text(By.id(TABS + "opinions"));
    }

    public String conclusions() {
        tab("Kết luận");
        return browser.text(By.id(TABS + "conclusions"));
    }

    /** The tab of the answers to the invitation, one line per invitee: name, position, answer, reason, when. */
    public List<String> replies() {
        tab("Trả lời giấy mời");
        return browser.all(By.cssSelector("[id='" + TABS + "replies_data'] tr")).stream().map(WebElement::getText).toList();
    }

    /** Drafts the minutes, which opens them on the document workbench. */
    public DocumentWorkbenchPage draftMinutes() {
        browser.clickAndLoad(By.id("meetingForm:draftMinutes"));
        return new DocumentWorkbenchPage(browser);
    }
}
