package vn.vanban.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

/** What every screen shares through the layout: the menu with the language switch and logout, the heading. */
public abstract class PortalPage {

    public static final By MENU_BUTTON = By.id("menuToggle");

    protected final Browser browser;

    protected PortalPage(Browser browser) {
        this.browser = browser;
    }

    public String heading() {
        return browser.text(By.cssSelector("main h1"));
    }

    /** The page's language as its {@code <html lang>} declares it. */
    public String language() {
        return browser.visible(By.tagName("html")).getAttribute("lang");
    }

    public String loggedInUser() {
        return browser.text(By.id("currentUserName"));
    }

    /** Unfolds the menu where it is folded behind its button (on a phone); elsewhere it is always open. */
    public void openMenu() {
        if (browser.isShown(MENU_BUTTON) && !"true".equals(browser.visible(MENU_BUTTON).getAttribute("aria-expanded"))) {
            browser.click(MENU_BUTTON);
        }
    }

    public boolean menuIsFolded() {
        return browser.isShown(MENU_BUTTON) && !browser.isShown(By.id("menuNews"));
    }

    public void switchToEnglish() {
        browser.clickAndLoad(By.id("langEn"));
    }

    public void switchToVietnamese() {
        browser.clickAndLoad(By.id("langVi"));
    }

    public LoginPage logOut() {
        browser.clickAndLoad(By.id("logout"));
        return new LoginPage(browser);
    }

    /** The summaries of the messages shown in the page's message areas and growls. */
    public List<String> messages() {
        return browser.all(By.cssSelector(".ui-messages-info-summary, .ui-messages-warn-summary, .ui-messages-error-summary,"
                        + " .ui-growl-title, .ui-message-error-detail, .ui-message-error-summary"))
                .stream().map(WebElement::getText).filter(text -> !text.isBlank()).toList();
    }

    /** Closes the growl notices, as a person clicking their close icons does. */
    public void closeNotices() {
        browser.script("document.querySelectorAll('.ui-growl-icon-close').forEach(icon => icon.click());");
        browser.waitUntilHidden(By.cssSelector(".ui-growl-item-container"));
    }

    /** The status of the shown document, as the CSS class of its status tag names it ({@code DRAFT}, ...). */
    protected String statusOf(By tag) {
        return browser.visible(tag).getAttribute("class").replaceAll(".*status-([A-Z_]+).*", "$1");
    }
}
