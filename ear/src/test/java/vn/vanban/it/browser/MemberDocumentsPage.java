package vn.vanban.it.browser;

import org.openqa.selenium.By;

/** {@code member/documents.xhtml}: drafts awaiting the member's opinion and what was published to them. */
public final class MemberDocumentsPage extends PortalPage {

    private static final By PUBLISHED = By.id("documents");

    public MemberDocumentsPage(Browser browser) {
        super(browser);
        browser.visible(PUBLISHED);
    }

    public static MemberDocumentsPage open(Browser browser) {
        browser.open("member/documents.xhtml");
        return new MemberDocumentsPage(browser);
    }

    public String published() {
        return browser.text(PUBLISHED);
    }

    public MemberDocumentPage openDocument(String summary) {
        browser.clickAndLoad(By.linkText(summary));
        return new MemberDocumentPage(browser);
    }
}
