package vn.vanban.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code index.xhtml}, "Tin mới nhất": the public's list of published articles, newest first, with view counts. */
public final class NewsPage extends PortalPage {

    private static final By ITEMS = By.cssSelector("#news article.news-item");
    private static final Pattern VIEWS = Pattern.compile("(\\d+)\\s*$");

    public NewsPage(Browser browser) {
        super(browser);
        browser.visible(By.id("news"));
    }

    public static NewsPage open(Browser browser) {
        browser.open("");
        return new NewsPage(browser);
    }

    public List<String> titles() {
        return browser.all(ITEMS).stream().map(item -> item.findElement(By.cssSelector(".news-title a")).getText()).toList();
    }

    /** The date line of the article titled {@code title}: {@code Ngày đăng 21/03/2026 | 08:35 | Lượt xem: 12}. */
    public String metaOf(String title) {
        return item(title).findElement(By.cssSelector(".news-meta")).getText();
    }

    public int viewsOf(String title) {
        Matcher views = VIEWS.matcher(metaOf(title));
        if (!views.find()) {
            throw new IllegalStateException("no view count in: " + metaOf(title));
        }
        return Integer.parseInt(views.group(1));
    }

    public ArticlePage open(String title) {
        browser.clickAndLoad(By.linkText(title));
        return new ArticlePage(browser);
    }

    private WebElement item(String title) {
        return browser.all(ITEMS).stream()
                .filter(item -> item.findElement(By.cssSelector(".news-title a")).getText().equals(title))
                .findFirst().orElseThrow(() -> new IllegalStateException("no article titled " + title));
    }
}
