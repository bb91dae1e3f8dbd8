package vn.vanban.it.browser;

import org.openqa.selenium.By;

/** {@code secretariat/register.xhtml}: the outgoing register with the columns of Decree 30. */
public final class RegisterPage extends PortalPage {

    public RegisterPage(Browser browser) {
        super(browser);
        browser.visible(By.id("registerForm:register"));
    }

    public static RegisterPage open(Browser browser) {
        browser.open("secretariat/register.xhtml");
        return new RegisterPage(browser);
    }

    public String entries() {
        return browser.text(By.id("registerForm:register"));
    }
}
