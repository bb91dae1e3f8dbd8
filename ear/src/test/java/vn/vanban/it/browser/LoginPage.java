package vn.vanban.it.browser;

import org.openqa.selenium.By;

/** {@code login.xhtml}. */
public final class LoginPage extends PortalPage {

    public static final By USERNAME = By.id("loginForm:username");
    public static final By PASSWORD = By.id("loginForm:password");
    private static final By SUBMIT = By.id("loginForm:submit");

    public LoginPage(Browser browser) {
        super(browser);
        browser.visible(USERNAME);
    }

    public static LoginPage open(Browser browser) {
        browser.open("login.xhtml");
        return new LoginPage(browser);
    }

    /** Opens the login page that leads to {@code path} afterwards, as the portal does for a protected page. */
    public static LoginPage openContinuingTo(Browser browser, String path) {
        browser.open("login.xhtml?continue=" + path);
        return new LoginPage(browser);
    }

    /** Logs in and expects to land on the home page (or the page asked for). */
    public HomePage logInAs(String username, String password) {
        submit(username, password);
        return new HomePage(browser);
    }

    /** Logs in with credentials the portal refuses; the login page comes back with a message. */
    public LoginPage logInRefused(String username, String password) {
        submit(username, password);
        return new LoginPage(browser);
    }

    private void submit(String username, String password) {
        browser.type(USERNAME, username);
        browser.type(PASSWORD, password);
        browser.clickAndLoad(SUBMIT);
    }

    /** The messages shown inside the login form, above its fields. */
    public String formMessages() {
        return browser.text(By.id("loginForm:messages"));
    }
}
