package vn.vanban.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.util.List;

/**
 * {@code member/incoming.xhtml?id=}: an incoming document as those who deal with it see it: the phiếu giải quyết a
 * signer fills in, the progress its lead and helpers record, and the answers started from it.
 */
public final class IncomingDocumentPage extends PortalPage {

    private static final By HANDLING_STATE = By.id("handlingState");

    public IncomingDocumentPage(Browser browser) {
        super(browser);
        browser.visible(HANDLING_STATE);
    }

    public static IncomingDocumentPage open(Browser browser, long id) {
        browser.open("member/incoming.xhtml?id=" + id);
        return new IncomingDocumentPage(browser);
    }

    public long id() {
        String query = URI.create(browser.driver().getCurrentUrl()).getQuery();
        return Long.parseLong(query.replaceAll(".*\\bid=(\\d+).*", "$1"));
    }

    /** The document's facts: sender, number, date, summary, arrival, số đến. */
    public String document() {
        return browser.text(By.cssSelector(".document-read"));
    }

    /** Chưa giao, Đang giải quyết, Quá hạn or Đã giải quyết. */
    public String handlingState() {
        return browser.text(HANDLING_STATE);
    }

    public boolean offersRouting() {
        return browser.isPresent(By.id("routeForm"));
    }

    /** Fills in the phiếu giải quyết: the lead (by name), the deadline ({@code dd/MM/yyyy}) and the instruction. */
    public IncomingDocumentPage route(String lead, String deadline, String instruction) {
        Widgets.selectOne(browser, "routeForm:leadUserId", lead);
        browser.type(By.id("routeForm:instruction"), instruction);
        Widgets.typeDate(browser, "routeForm:deadline", deadline);
        browser.clickAndLoad(By.id("routeForm:route"));
        return new IncomingDocumentPage(browser);
    }

    /** The phiếu giải quyết as filled in: lead, assisting, instruction, deadline, when it was forwarded. */
    public String slip() {
        return browser.text(By.id("slip"));
    }

    public IncomingDocumentPage recordProgress(String note) {
        browser.type(By.id("progressForm:note"), note);
        browser.clickAndLoad(By.id("progressForm:record"));
        return new IncomingDocumentPage(browser);
    }

    /** The sổ theo dõi giải quyết, one line per note: when, who, what. */
    public List<String> progress() {
        return texts(By.cssSelector("#progress li"));
    }

    /**
     * "Soạn văn bản trả lời". A member, who has no editor of outgoing documents, stays on this page and sees the draft
     * listed; the secretariat would be taken to the draft's editor.
     */
    public IncomingDocumentPage startAnswer() {
        browser.clickAndLoad(By.id("answerForm:answer"));
        return new IncomingDocumentPage(browser);
    }

    /** The answers, one line each: number (or Dự thảo), summary, status. */
    public List<String> answers() {
        return texts(By.cssSelector("#answers li"));
    }

    /** Opens the first answer in the editor of outgoing documents, as staff do from the list of answers. */
    public DocumentWorkbenchPage openAnswer() {
        browser.clickAndLoad(By.cssSelector("#answers li a"));
        return new DocumentWorkbenchPage(browser);
    }

    private List<String> texts(By target) {
        return browser.all(target).stream().map(WebElement::getText).toList();
    }
}
