package vn.vanban.it.browser;

import org.openqa.selenium.By;

/** {@code article.xhtml?id=}: one published article with its view count and related documents. */
public final class ArticlePage extends PortalPage {

    public ArticlePage(Browser browser) {
        super(browser);
        browser.visible(By.id("viewCount"));
    }

    public String title() {
        return browser.text(By.tagName("h1"));
    }

    public String body() {
        return browser.text(By.cssSelector("article.news-article"));
    }

    public int views() {
        return Integer.parseInt(browser.text(By.id("viewCount")).trim());
    }

    public NewsPage backToTheNews() {
        browser.clickAndLoad(By.cssSelector("main p:last-of-type a"));
        return new NewsPage(browser);
    }
}
