package vn.vanban.it.browser;

import org.openqa.selenium.By;

import java.nio.file.Path;

/**
 * {@code secretariat/incoming.xhtml}: the secretariat receives an incoming document with its file and enters it in
 * the register of incoming documents, shown below the form.
 */
public final class IncomingRegisterPage extends PortalPage {

    private static final String FORM = "receiveForm:";
    private static final By REGISTER = By.id("registerForm:register");

    public IncomingRegisterPage(Browser browser) {
        super(browser);
        browser.visible(REGISTER);
    }

    public static IncomingRegisterPage open(Browser browser) {
        browser.open("secretariat/incoming.xhtml");
        return new IncomingRegisterPage(browser);
    }

    /** Names the receiving body by the start of its name, as the list shows it. */
    public IncomingRegisterPage receivedBy(String bodyName) {
        Widgets.selectOneStartingWith(browser, FORM + "receivingIssuer", bodyName);
        return this;
    }

    public IncomingRegisterPage chooseFile(Path file) {
        browser.choose(By.id(FORM + "file"), file);
        return this;
    }

    /** Types a sender not yet in the list that grows as senders are recorded. */
    public IncomingRegisterPage sender(String sender) {
        Widgets.typeInAutoComplete(browser, FORM + "sender", sender);
        return this;
    }

    /** The number and symbol, the document's date ({@code dd/MM/yyyy}) and its type ({@code "CV · "}, by code). */
    public IncomingRegisterPage numbered(String numberSymbol, String date, String typeCode) {
        browser.type(By.id(FORM + "numberSymbol"), numberSymbol);
        Widgets.typeDate(browser, FORM + "documentDate", date);
        Widgets.selectOneStartingWith(browser, FORM + "typeCode", typeCode + " · ");
        return this;
    }

    public IncomingRegisterPage summary(String summary) {
        browser.type(By.id(FORM + "summary"), summary);
        return this;
    }

    /** The urgency as the list names it ({@code Khẩn}, ...). */
    public IncomingRegisterPage urgency(String urgency) {
        Widgets.selectOne(browser, FORM + "urgency", urgency);
        return this;
    }

    /** "Tiếp nhận và vào sổ": the page comes back with the register and the message giving the số đến. */
    public IncomingRegisterPage receiveAndRegister() {
        browser.clickAndLoad(By.id(FORM + "receiveAndRegister"));
        return new IncomingRegisterPage(browser);
    }

    /** The register's row of the document numbered {@code numberSymbol}, as one line of text. */
    public String entryOf(String numberSymbol) {
        return browser.text(row(numberSymbol));
    }

    /** Opens the document of that row on the page of those who deal with it. */
    public IncomingDocumentPage openEntry(String numberSymbol) {
        browser.clickAndLoad(By.xpath(rowXpath(numberSymbol) + "//a[contains(@href, 'member/incoming.xhtml')]"));
        return new IncomingDocumentPage(browser);
    }

    private static By row(String numberSymbol) {
        return By.xpath(rowXpath(numberSymbol));
    }

    private static String rowXpath(String numberSymbol) {
        return "//tbody[@id='registerForm:register_data']/tr[td//a[normalize-space(.)='" + numberSymbol + "']]";
    }
}
