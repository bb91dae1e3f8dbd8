package vn.vanban.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium driven through its chromedriver, with a fresh profile and download folder of its own.
 * Every action that talks to the server waits until the page and PrimeFaces' Ajax queue are idle, so tests never
 * sleep; whatever the page logs as an error is collected for {@link #takeConsoleErrors()}.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /*
     * Selenium warns once per driver that it ships no DevTools classes for this Chromium's version; the tests use
     * only plain CDP commands, which need none. Held here so the level is not lost when the logger is collected.
     */
    private static final Logger DEVTOOLS_VERSION_WARNING = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    private static final String IDLE = """
            return document.readyState === 'complete'
                && (!window.jQuery || (jQuery.active === 0 && jQuery(':animated').length === 0))
                && (!window.PrimeFaces || ((!PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty()) && !PrimeFaces.animationActive));""";

    private final URI base;
    private final Path profile;
    private final Path downloads;
    private final Path screenshots;
    private final ChromeDriver driver;

    private Browser(URI base, Path screenshots) throws IOException {
        this.base = base;
        this.screenshots = screenshots;
        this.profile = Files.createTempDirectory("vanban-chromium-profile");
        this.downloads = Files.createTempDirectory("vanban-chromium-downloads");
        DEVTOOLS_VERSION_WARNING.setLevel(Level.SEVERE);
        // An explicit driver executable makes Selenium skip Selenium Manager, which would try to download one.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        this.driver = new ChromeDriver(service, options());
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    }

    /** Whether Debian's {@code chromium} and {@code chromium-driver} are installed where the tests expect them. */
    public static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    static Browser start(URI base, Path screenshots) {
        try {
            return new Browser(base, screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ChromeOptions options() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1366,900",
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false,
                "plugins.always_open_pdf_externally", true));
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        return options;
    }

    // --- navigation and waiting ---

    /** Opens a page of the portal, {@code path} relative to its base address. */
    public void open(String path) {
        driver.get(base.resolve(path).toString());
        waitUntilIdle();
    }

    /** Loads the current page again, as the reader's reload button does. */
    public void reload() {
        driver.navigate().refresh();
        waitUntilIdle();
    }

    public String currentPath() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Waits until the page has loaded and no Ajax request or animation (jQuery's or PrimeFaces' CSS ones) is running. */
    public void waitUntilIdle() {
        new WebDriverWait(driver, TIMEOUT).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(IDLE)));
    }

    /** Clicks something that sends an Ajax request (or none), then waits for it to finish. */
    public void click(By target) {
        clickable(target).click();
        waitUntilIdle();
    }

    /** Clicks something that loads a new page (a link, a non-Ajax button), then waits for the new page. */
    public void clickAndLoad(By target) {
        WebElement before = driver.findElement(By.tagName("html"));
        clickable(target).click();
        waitUntilStale(before);
    }

    /** Waits until the page that {@code element} belonged to has been replaced by a new one, then until that is idle. */
    public void waitUntilStale(WebElement element) {
        new WebDriverWait(driver, TIMEOUT).until(d -> isStale(element));
        waitUntilIdle();
    }

    /**
     * Chromium answers a question about an element of a page it is leaving either as stale (the WebDriver way) or,
     * mid-navigation, with "Node ... does not belong to the document": both mean the old page is gone.
     */
    private static boolean isStale(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException gone) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Replaces the text of an input. */
    public void type(By target, String text) {
        WebElement input = visible(target);
        input.clear();
        input.sendKeys(text);
    }

    public void waitUntilHidden(By target) {
        new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.invisibilityOfElementLocated(target));
    }

    public WebElement visible(By target) {
        return new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(target));
    }

    public WebElement clickable(By target) {
        return new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.elementToBeClickable(target));
    }

    public List<WebElement> all(By target) {
        return driver.findElements(target);
    }

    public boolean isPresent(By target) {
        return !driver.findElements(target).isEmpty();
    }

    public String text(By target) {
        return visible(target).getText();
    }

    public Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    /** Runs a script that answers by calling its last argument, the callback, and returns what it was given. */
    public Object asyncScript(String script, Object... arguments) {
        return driver.executeAsyncScript(script, arguments);
    }

    /** The element that has the keyboard focus. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Sends keys to whatever has the focus, as a person typing does. */
    public void keys(CharSequence... keys) {
        focused().sendKeys(keys);
    }

    /** Presses a key wherever the focus is, as the keyboard does (a file input takes keys sent to it as a path). */
    public void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    ChromeDriver driver() {
        return driver;
    }

    // --- files ---

    /** Waits for the one file a click started to download, and returns it once Chromium has finished writing it. */
    public Path downloaded(String suffix) {
        Predicate<Path> complete = file -> file.getFileName().toString().endsWith(suffix);
        return new FluentWait<>(downloads).withTimeout(TIMEOUT).pollingEvery(Duration.ofMillis(100))
                .until(folder -> listing(folder).filter(complete).findFirst().orElse(null));
    }

    /** Chooses {@code file} in a file input, which may be hidden behind a styled button. */
    public void choose(By fileInput, Path file) {
        driver.findElement(fileInput).sendKeys(file.toAbsolutePath().toString());
    }

    /** Saves the whole page, not only the window, as {@code name}.png in the screenshots folder. */
    public Path screenshot(String name) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> page = Map.of("x", 0, "y", 0, "scale", 1,
                "width", ((Number) size.get("width")).doubleValue(), "height", ((Number) size.get("height")).doubleValue());
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", page));
        try {
            Files.createDirectories(screenshots);
            Path target = screenshots.resolve(name + ".png");
            Files.write(target, Base64.getDecoder().decode((String) shot.get("data")));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- phones ---

    /**
     * Shows the pages as a phone does until {@link #forgetSession()}: a viewport of {@code width} × {@code height} CSS
     * pixels at three device pixels each, touch, and the page's {@code <meta name="viewport">} honoured.
     */
    public void emulatePhone(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 3, "mobile", true));
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
    }

    /**
     * Shows the pages as a tablet held upright does until {@link #forgetSession()}: a viewport of {@code width} ×
     * {@code height} CSS pixels at two device pixels each, touch, and the page's {@code <meta name="viewport">}.
     */
    public void emulateTablet(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
    }

    /** Whether the page is wider than the window, so that a reader would have to scroll sideways. */
    public boolean scrollsSideways() {
        return Boolean.TRUE.equals(script(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;"));
    }

    /**
     * What makes the page scroll sideways: the page's width, then the outermost elements that reach past the window's
     * right edge (tag, id, classes, right edge in CSS pixels), at most five.
     */
    @SuppressWarnings("unchecked")
    public List<String> beyondTheRightEdge() {
        return (List<String>) script("""
                const width = document.documentElement.clientWidth;
                const found = ['page ' + document.documentElement.scrollWidth + ' px wide, window ' + width + ' px'];
                for (const e of document.body.querySelectorAll('*')) {
                    const right = e.getBoundingClientRect().right + window.scrollX;
                    if (right > width + 1 && !(e.parentElement && e.parentElement.getBoundingClientRect().right
                            + window.scrollX > width + 1)) {
                        found.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + [...e.classList].join('.')
                            + ' to ' + Math.round(right) + ' px');
                        if (found.length > 5) {
                            break;
                        }
                    }
                }
                return found;""");
    }

    /** Whether {@code target} is shown whole in the first screen of the page, without scrolling. */
    public boolean inFirstScreen(By target) {
        return Boolean.TRUE.equals(script("""
                const box = arguments[0].getBoundingClientRect();
                return window.scrollY === 0 && box.width > 0 && box.height > 0 && box.top >= 0 && box.left >= 0
                    && box.bottom <= window.innerHeight && box.right <= window.innerWidth;""", visible(target)));
    }

    /** The height and width of {@code target} as drawn, in CSS pixels: a tap target needs 44 of each. */
    public double[] size(By target) {
        @SuppressWarnings("unchecked")
        List<Number> size = (List<Number>) script(
                "const box = arguments[0].getBoundingClientRect(); return [box.height, box.width];", visible(target));
        return new double[] {size.get(0).doubleValue(), size.get(1).doubleValue()};
    }

    /** The page's language as its {@code <html lang>} declares it. */
    public String language() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    public boolean isShown(By target) {
        return driver.findElements(target).stream().anyMatch(WebElement::isDisplayed);
    }

    // --- state between tests ---

    /** The errors the pages logged since the last call: uncaught exceptions, console.error and failed loads. */
    public List<String> takeConsoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /**
     * Logs out by forgetting every cookie, empties the downloads and ends a phone's emulation, so the next test
     * starts afresh.
     */
    public void forgetSession() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
        driver.manage().deleteAllCookies();
        listing(downloads).map(Path::toFile).forEach(File::delete);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            delete(profile);
            delete(downloads);
        }
    }

    private static Stream<Path> listing(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Optional<String> property(String name) {
        return Optional.ofNullable(System.getProperty(name)).filter(value -> !value.isBlank());
    }
}
