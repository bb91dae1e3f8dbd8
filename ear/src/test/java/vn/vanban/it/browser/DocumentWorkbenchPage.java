package vn.vanban.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.util.List;

/**
 * {@code secretariat/document.xhtml?id=}: the draft editor with versions and diff, and the review, issue, signing
 * and publication steps, whichever the logged-in user may take.
 */
public final class DocumentWorkbenchPage extends PortalPage {

    private static final By STATUS = By.cssSelector("#documentStatus .status");
    private static final By EDITOR = By.cssSelector("[id='documentForm:body'] .ql-editor");
    private static final By COMMENT = By.id("stepForm:comment");

    public DocumentWorkbenchPage(Browser browser) {
        super(browser);
        browser.visible(STATUS);
    }

    public static DocumentWorkbenchPage open(Browser browser, long id) {
        browser.open("secretariat/document.xhtml?id=" + id);
        return new DocumentWorkbenchPage(browser);
    }

    public long id() {
        String query = URI.create(browser.driver().getCurrentUrl()).getQuery();
        return Long.parseLong(query.replaceAll(".*\\bid=(\\d+).*", "$1"));
    }

    public String status() {
        return statusOf(STATUS);
    }

    /** The line under the heading: status, issuer, version, date, signature. */
    public String statusLine() {
        return browser.text(By.id("documentStatus"));
    }

    /** The trích yếu in the draft's form. */
    public String summary() {
        return browser.visible(By.id("documentForm:summary")).getAttribute("value");
    }

    public boolean isEditable() {
        return browser.isPresent(By.id("documentForm"));
    }

    public String body() {
        return browser.text(EDITOR);
    }

    /** Types a new paragraph at the end of the body, in the rich-text editor. */
    public DocumentWorkbenchPage appendParagraph(String text) {
        WebElement editor = browser.clickable(EDITOR);
        editor.click();
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), Keys.ENTER, text);
        return this;
    }

    /** Names who signs, in what capacity ({@code T/M BAN CHỈ ĐẠO}) and with what printed position. */
    public DocumentWorkbenchPage signedBy(String displayName, String capacity, String position) {
        Widgets.selectOne(browser, "documentForm:signer", displayName);
        Widgets.selectOne(browser, "documentForm:capacity", capacity);
        Widgets.selectOne(browser, "documentForm:position", position);
        return this;
    }

    /** Saves a new version with {@code note}; returns the messages the save showed. */
    public List<String> save(String note) {
        browser.type(By.id("documentForm:note"), note);
        browser.click(By.id("documentForm:save"));
        return messages();
    }

    /** Shows the word diff between two versions; returns the inserted and deleted passages. */
    public Diff compare(int from, int to) {
        Widgets.selectOne(browser, "versionsForm:from", "v" + from);
        Widgets.selectOne(browser, "versionsForm:to", "v" + to);
        browser.click(By.id("versionsForm:compare"));
        return new Diff(texts(By.cssSelector("[id='versionsForm:diff'] ins")), texts(By.cssSelector("[id='versionsForm:diff'] del")));
    }

    public record Diff(List<String> inserted, List<String> deleted) {
    }

    private List<String> texts(By target) {
        return browser.all(target).stream().map(WebElement::getText).toList();
    }

    public DocumentWorkbenchPage submit(String comment) {
        return step("submit", comment);
    }

    public DocumentWorkbenchPage returnForChanges(String comment) {
        return step("return", comment);
    }

    public DocumentWorkbenchPage approve(String comment) {
        return step("approve", comment);
    }

    /** Issues with today's date, answering yes to the confirmation. */
    public DocumentWorkbenchPage issue() {
        browser.click(By.id("stepForm:issue"));
        Widgets.confirm(browser);
        return new DocumentWorkbenchPage(browser);
    }

    public DocumentWorkbenchPage sign() {
        return step("sign", null);
    }

    public DocumentWorkbenchPage publish() {
        return step("publish", null);
    }

    public boolean offers(String step) {
        return browser.isPresent(By.id("stepForm:" + step));
    }

    private DocumentWorkbenchPage step(String button, String comment) {
        if (comment != null) {
            browser.type(COMMENT, comment);
        }
        browser.click(By.id("stepForm:" + button));
        return new DocumentWorkbenchPage(browser);
    }

    /** The related documents, one line each: the relation, then the document (an answered incoming one too). */
    public List<String> relations() {
        return texts(By.cssSelector("[id='relationsForm:relations_data'] tr"));
    }

    /** The history table, one line per step: time, actor, step, comment. */
    public List<String> history() {
        return texts(By.cssSelector("[id='history'] tbody tr"));
    }
}
