package vn.vanban.it.browser;

import org.openqa.selenium.By;

/** {@code secretariat/documents.xhtml}: every document, and the dialog that starts a new draft from a template. */
public final class DocumentsPage extends PortalPage {

    public DocumentsPage(Browser browser) {
        super(browser);
        browser.visible(By.id("listForm:documents"));
    }

    public static DocumentsPage open(Browser browser) {
        browser.open("secretariat/documents.xhtml");
        return new DocumentsPage(browser);
    }

    /** Starts a draft of type {@code typeLabel} (as the list shows it, {@code "TB · Thông báo"}) for the first issuer. */
    /** A draft of the steering committee (BCĐ): other suites add issuers, and the dialog offers the first by name. */
    public DocumentWorkbenchPage startDraft(String typeLabel, String summary) {
        openNewDraftDialog();
        Widgets.selectOneStartingWith(browser, "newForm:issuer", "BCĐ · ");
        Widgets.selectOne(browser, "newForm:type", typeLabel);
        browser.type(By.id("newForm:summary"), summary);
        browser.clickAndLoad(By.id("newForm:create"));
        return new DocumentWorkbenchPage(browser);
    }

    public DocumentsPage openNewDraftDialog() {
        browser.click(By.id("listForm:add"));
        browser.visible(By.id("newForm:summary"));
        return this;
    }
}
