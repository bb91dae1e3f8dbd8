package vn.vanban.it.browser;

import org.openqa.selenium.By;

/** The error pages (403, 404, 500, expired view), which share one layout. */
public final class ErrorPage extends PortalPage {

    public ErrorPage(Browser browser) {
        super(browser);
        browser.visible(By.id("errorText"));
    }

    public String text() {
        return browser.text(By.id("errorText"));
    }
}
