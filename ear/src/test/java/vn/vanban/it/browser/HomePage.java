package vn.vanban.it.browser;

import org.openqa.selenium.By;

/** {@code home.xhtml}, where a login leads. */
public final class HomePage extends PortalPage {

    private static final By INCOMING = By.id("incomingPanel");

    public HomePage(Browser browser) {
        super(browser);
        browser.visible(By.id("greeting"));
    }

    public MemberDocumentsPage openMyDocuments() {
        openMenu();
        browser.clickAndLoad(By.id("menuMine"));
        return new MemberDocumentsPage(browser);
    }

    /** The panel of incoming documents the user leads or assists in, one line each; empty when there is none. */
    public String incoming() {
        return browser.isPresent(INCOMING) ? browser.text(INCOMING) : "";
    }

    /** Opens an incoming document of that panel by its number and symbol. */
    public IncomingDocumentPage openIncoming(String numberSymbol) {
        browser.clickAndLoad(By.xpath("//*[@id='incomingPanel']//a[starts-with(normalize-space(.), '" + numberSymbol + ":')]"));
        return new IncomingDocumentPage(browser);
    }

    /** The panel of upcoming meetings: when, which, where, and the user's answer to the invitation. */
    public String upcomingMeetings() {
        return browser.text(By.id("meetingsPanel"));
    }

    public MemberMeetingPage openMeeting(String title) {
        browser.clickAndLoad(By.xpath("//*[@id='meetingsPanel']//a[normalize-space(.)='" + title + "']"));
        return new MemberMeetingPage(browser);
    }
}
