package vn.vanban.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** How a person works PrimeFaces' composite widgets, whose visible parts are not the form's own inputs. */
final class Widgets {

    private Widgets() {
    }

    /** Opens a {@code p:selectOneMenu} and picks the item with that label. */
    static void selectOne(Browser browser, String clientId, String label) {
        select(browser, clientId, "li[data-label='" + label + "']");
    }

    /** Chooses the first item whose label starts with {@code prefix} (an issuer by its symbol, say). */
    static void selectOneStartingWith(Browser browser, String clientId, String prefix) {
        select(browser, clientId, "li[data-label^='" + prefix + "']");
    }

    private static void select(Browser browser, String clientId, String item) {
        By panel = By.id(clientId + "_panel");
        browser.click(By.cssSelector("[id='" + clientId + "'] .ui-selectonemenu-trigger"));
        browser.visible(panel);
        browser.click(By.cssSelector("[id='" + clientId + "_panel'] " + item));
        browser.waitUntilHidden(panel);
    }

    /**
     * Types a date into a {@code p:datePicker}, then clicks the page's footer, outside the calendar (which opens above
     * or below the field, wherever there is room), and so closes it.
     */
    static void typeDate(Browser browser, String clientId, String date) {
        browser.type(By.id(clientId + "_input"), date);
        browser.click(By.cssSelector("footer.portal-footer"));
        browser.waitUntilHidden(By.id(clientId + "_panel"));
    }

    /** Types into a {@code p:autoComplete} that also takes new values, and closes the suggestions it offers. */
    static void typeInAutoComplete(Browser browser, String clientId, String text) {
        browser.type(By.id(clientId + "_input"), text);
        browser.waitUntilIdle();
        browser.press(Keys.ESCAPE);
        browser.waitUntilHidden(By.id(clientId + "_panel"));
    }

    /** Answers yes in the global {@code p:confirmDialog} that a button with {@code p:confirm} opened. */
    static void confirm(Browser browser) {
        browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
    }
}
