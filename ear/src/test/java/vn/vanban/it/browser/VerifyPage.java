package vn.vanban.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.util.List;

/** {@code verify.xhtml}: the public check of an uploaded PDF's signatures and of whether the portal issued it. */
public final class VerifyPage extends PortalPage {

    private static final By FILE = By.id("uploadForm:file");
    private static final By CHECK = By.id("uploadForm:check");

    public VerifyPage(Browser browser) {
        super(browser);
        browser.visible(By.id("uploadForm"));
    }

    public static VerifyPage open(Browser browser) {
        browser.open("verify.xhtml");
        return new VerifyPage(browser);
    }

    /** The page a document's QR code leads to: what the portal issued under that number. */
    public static VerifyPage openFor(Browser browser, long documentId) {
        browser.open("verify.xhtml?document=" + documentId);
        return new VerifyPage(browser);
    }

    public String issued() {
        return browser.text(By.id("issued"));
    }

    /** Chooses the file and sends it with the form's button (a plain post); the page comes back with the report. */
    public VerifyPage upload(Path pdf) {
        browser.choose(FILE, pdf);
        browser.clickAndLoad(CHECK);
        browser.visible(By.id("uploadForm:result"));
        return this;
    }

    /** Sends a file the page does not take (too large): the page comes back with a message instead of a report. */
    public VerifyPage uploadRefused(Path file) {
        browser.choose(FILE, file);
        browser.clickAndLoad(CHECK);
        browser.visible(By.id("uploadForm:tooLarge"));
        return this;
    }

    /** Sends the form without choosing a file: the page asks for one. */
    public VerifyPage checkWithoutAFile() {
        browser.clickAndLoad(CHECK);
        browser.visible(By.id("uploadForm:messages"));
        return this;
    }

    /** The messages above the form (refusals of the file). */
    public String formMessages() {
        return browser.text(By.id("uploadForm:messages"));
    }

    public String refusal() {
        return browser.text(By.id("uploadForm:tooLarge"));
    }

    public String match() {
        return browser.text(By.id("uploadForm:match"));
    }

    /** One line per signature: signer, certificate, time, integrity, trust. */
    public List<String> signatures() {
        return browser.all(By.cssSelector("[id='uploadForm:signatures'] tbody tr")).stream().map(WebElement::getText).toList();
    }
}
