package vn.vanban.it.browser;

import org.openqa.selenium.By;

/** {@code home.xhtml}, where a login leads. */
public final class HomePage extends PortalPage {

    public HomePage(Browser browser) {
        super(browser);
        browser.visible(By.id("greeting"));
    }

    public MemberDocumentsPage openMyDocuments() {
        browser.clickAndLoad(By.id("menuForm:menuMine"));
        return new MemberDocumentsPage(browser);
    }
}
