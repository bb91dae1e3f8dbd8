package vn.vanban.it.browser;

import org.openqa.selenium.By;

/** {@code admin/committees.xhtml}: the committees, and the members of the one selected. */
public final class CommitteesPage extends PortalPage {

    public CommitteesPage(Browser browser) {
        super(browser);
        browser.visible(By.id("listForm:committees"));
    }

    public static CommitteesPage open(Browser browser) {
        browser.open("admin/committees.xhtml");
        return new CommitteesPage(browser);
    }

    /** Shows the members of the committee whose name starts with {@code name}. */
    public CommitteesPage select(String name) {
        browser.click(By.partialLinkText(name));
        browser.visible(By.id("listForm:memberTable"));
        return this;
    }

    public String members() {
        return browser.text(By.id("listForm:memberTable"));
    }
}
