package vn.vanban.it.browser;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One headless Chromium per test class (register it as a static {@code @RegisterExtension} field). The suite is
 * skipped where Chromium is not installed. After each test the browser's console must be free of errors, or the
 * test fails; then the cookies are dropped, so every test starts logged out whatever ran before it.
 */
public final class Chromium implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private Browser browser;
    private final List<String> expectedErrors = new ArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        Assumptions.assumeTrue(Browser.installed(), "Chromium and chromedriver (apt-get install chromium chromium-driver) not installed");
        URI base = URI.create(Browser.property("vanban.it.baseUrl")
                .orElseThrow(() -> new IllegalStateException("system property vanban.it.baseUrl not set")));
        Path screenshots = Path.of(Browser.property("vanban.it.screenshots").orElse("target/screenshots"));
        browser = Browser.start(base, screenshots);
    }

    public Browser browser() {
        return browser;
    }

    /**
     * Allows one console error the current test provokes on purpose (a page that answers 403 makes Chromium log
     * the failed load); {@code fragment} must occur in it.
     */
    public void expectConsoleError(String fragment) {
        expectedErrors.add(fragment);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (browser == null) {
            return;
        }
        try {
            if (context.getExecutionException().isPresent()) {
                browser.screenshot("FAILED-" + context.getRequiredTestMethod().getName());
            }
            List<String> errors = browser.takeConsoleErrors().stream()
                    .filter(error -> expectedErrors.stream().noneMatch(error::contains))
                    .toList();
            if (!errors.isEmpty()) {
                throw new AssertionError("The browser console shows errors:\n" + String.join("\n", errors));
            }
        } finally {
            expectedErrors.clear();
            browser.forgetSession();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
