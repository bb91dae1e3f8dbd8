package vn.vanban.it.browser;

import org.openqa.selenium.By;

/** {@code home.xhtml}, where a login leads. */
public final class HomePage extends PortalPage {

    public HomePage(Browser browser) {
        super(browser);
        browser.visible(By.id("greeting"));
    }

    public MemberDocumentsPage openMyDocuments() {
        openMenu();
        browser.clickAndLoad(By.id("menuMine"));
        return new MemberDocumentsPage(browser);
    }
}
