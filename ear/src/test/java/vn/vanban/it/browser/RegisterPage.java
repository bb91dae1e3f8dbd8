package vn.vanban.it.browser;

import org.openqa.selenium.By;

import java.nio.file.Path;

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

    /** Starts packing the register's PDFs; the page then shows the progress of the export. */
    public RegisterPage packArchive() {
        browser.click(By.id("registerForm:archive"));
        browser.visible(By.id("registerForm:archiveProgress"));
        return this;
    }

    /** Waits (the page polls the server) until the archive is packed, and returns what the status panel says. */
    public String waitUntilPacked() {
        browser.visible(By.id("registerForm:archiveZip"));
        return browser.text(By.id("registerForm:archiveStatus"));
    }

    public String progressLabel() {
        return browser.text(By.id("registerForm:archiveProgress"));
    }

    public Path downloadArchive() {
        browser.click(By.id("registerForm:archiveZip"));
        return browser.downloaded(".zip");
    }
}
