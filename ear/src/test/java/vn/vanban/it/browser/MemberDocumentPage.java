package vn.vanban.it.browser;

import org.openqa.selenium.By;

import java.nio.file.Path;

/** {@code member/document.xhtml?id=}: a document as its reader sees it, with its PDF. */
public final class MemberDocumentPage extends PortalPage {

    private static final By BODY = By.cssSelector(".document-read");

    public MemberDocumentPage(Browser browser) {
        super(browser);
        browser.visible(BODY);
    }

    public String document() {
        return browser.text(BODY);
    }

    /** Clicks the PDF link and returns the file the browser saved. */
    public Path downloadPdf() {
        browser.click(By.id("pdf"));
        return browser.downloaded(".pdf");
    }
}
