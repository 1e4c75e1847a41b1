package nl.regiograaf.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explorer page in a {@link Browser}, as the browser tests drive it: open a deep link and wait until its view has
 * settled, wait for a condition, run a script, read the page's status, catch a download, write a screenshot. The page
 * tells its state through {@code body[data-view]}, {@code body[data-status]} (loading, ready, error) and
 * {@code #profile[data-status]}.
 */
public final class ExplorerPage implements AutoCloseable {

    /** Where every browser test writes its screenshots (relative to the module, i.e. backend/target/screenshots). */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Browser browser;
    private final ChromeDriver driver;
    private final String base;

    private ExplorerPage(Browser browser, String base) {
        this.browser = browser;
        this.driver = browser.driver();
        this.base = base;
    }

    /** Chromium at 1280×800 against the shared test app. */
    public static ExplorerPage start() {
        return new ExplorerPage(Browser.start(1280, 800), TestGraph.get().baseUrl());
    }

    public Browser browser() {
        return browser;
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** The app's address, e.g. http://localhost:1234 (no trailing slash). */
    public String base() {
        return base;
    }

    public void resize(int width, int height) {
        browser.resize(width, height);
    }

    /** Loads the page afresh at a deep link ("#/view?…") and waits until its view has settled (ready or error). */
    public void openFresh(String hash) {
        driver.get("about:blank");
        driver.get(base + "/" + hash);
        String view = hash.replaceFirst("^#/", "").replaceFirst("\\?.*$", "");
        waitFor("view " + view, () -> view.equals(js("return document.body.dataset.view"))
                && List.of("ready", "error").contains(status()));
    }

    /** Like {@link #openFresh}, but the view must have loaded without an error. */
    public void open(String hash) {
        openFresh(hash);
        if (!"ready".equals(status())) {
            fail(hash + " shows an error: " + shownErrors());
        }
    }

    public void waitFor(String what, BooleanSupplier condition) {
        try {
            new WebDriverWait(driver, TIMEOUT).until(d -> condition.getAsBoolean());
        } catch (TimeoutException e) {
            fail("Timed out waiting for " + what + " (hash " + hash() + ", status " + status() + ", errors: " + shownErrors() + ")");
        }
    }

    public Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    @SuppressWarnings("unchecked")
    public List<String> strings(String script, Object... args) {
        return (List<String>) js(script, args);
    }

    /** The view's status: loading, ready or error. */
    public String status() {
        return (String) js("return document.body.dataset.status");
    }

    /** The profile panel's status, or "hidden". */
    public String profileStatus() {
        return (String) js("const p = document.getElementById('profile'); return p.hidden ? 'hidden' : p.dataset.status");
    }

    public String hash() {
        return (String) js("return location.hash");
    }

    /** The messages the page shows as alerts, joined by " | ". */
    public String shownErrors() {
        return driver.findElements(By.cssSelector("[role=alert]")).stream().map(WebElement::getText)
                .map(t -> t.replace('\n', ' ')).collect(Collectors.joining(" | "));
    }

    public long count(String css) {
        return driver.findElements(By.cssSelector(css)).size();
    }

    /** The visible text of the elements matching css, joined by " | " (one element: its text). */
    public String text(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).collect(Collectors.joining(" | "));
    }

    /** An attribute of the first element matching css, "" when it has none. */
    public String attribute(String css, String name) {
        String value = driver.findElement(By.cssSelector(css)).getAttribute(name);
        return value == null ? "" : value;
    }

    /**
     * Runs a script that starts a download (e.g. clicks a CSV button) and returns the text of the file it creates,
     * prefixed "BOM|" when the file starts with a UTF-8 byte order mark. The browser saves nothing.
     */
    public String download(String click) {
        return (String) driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const original = URL.createObjectURL;"
                        + "URL.createObjectURL = blob => { URL.createObjectURL = original;"
                        + "  blob.arrayBuffer().then(b => { const u = new Uint8Array(b);"
                        + "    const bom = u[0] === 0xEF && u[1] === 0xBB && u[2] === 0xBF;"
                        + "    done((bom ? 'BOM|' : '') + new TextDecoder('utf-8', { ignoreBOM: false }).decode(b)); });"
                        + "  return original.call(URL, blob); };"
                        + "HTMLAnchorElement.prototype.click = function () {};" // keep the browser from saving the file
                        + click + ";");
    }

    /** Writes a screenshot of the viewport to target/screenshots/{name}.png. */
    public void screenshot(String name) {
        write(name, driver.getScreenshotAs(OutputType.BYTES));
    }

    /** Writes a screenshot of the whole page, beyond the viewport, to target/screenshots/{name}.png. */
    public void fullPageScreenshot(String name) {
        write(name, browser.fullPageScreenshot());
    }

    private static void write(String name, byte[] png) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Console errors since the last call (reading empties the browser's buffer). */
    public List<String> severeConsoleEntries() {
        return browser.consoleEntries().stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** Pixels the page is wider than the window (0 when nothing overflows horizontally). */
    public long horizontalOverflow() {
        return ((Number) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
    }

    @Override
    public void close() {
        browser.close();
    }
}
