package nl.regiograaf.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium from Debian driven by the system chromedriver. Both paths are given explicitly, so
 * Selenium Manager never looks for (or downloads) a browser or driver.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts Chromium; without it the test is skipped locally and fails on CI (env CI set). */
    public static Browser start(int width, int height) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "Browser tests need Debian's Chromium and chromedriver at " + CHROMIUM + " and " + CHROMEDRIVER
                    + "; install them with: apt-get install -y chromium chromium-driver (.ci/run does this)";
            if (System.getenv("CI") != null) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile;
        try {
            profile = Files.createTempDirectory("regiograaf-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--disable-extensions",
                "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new Browser(driver, profile);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Sets the size of the viewport (not of the window around it) to width × height CSS pixels. */
    public void resize(int width, int height) {
        // The window's frame adds to the viewport, and the viewport reports its new size a moment after the window
        // changed (a stale read once gave a negative width): correct by the measured frame until it fits.
        int windowWidth = width;
        int windowHeight = height;
        for (int attempt = 0; attempt < 4; attempt++) {
            driver.manage().window().setSize(new Dimension(windowWidth, windowHeight));
            long[] inner = settledViewport();
            if (inner[0] == width && inner[1] == height) {
                return;
            }
            windowWidth = Math.max(width, windowWidth + width - (int) inner[0]);
            windowHeight = Math.max(height, windowHeight + height - (int) inner[1]);
        }
    }

    /** The viewport's size once two reads 50 ms apart agree (at most about a second). */
    private long[] settledViewport() {
        long[] last = viewport();
        for (int i = 0; i < 20; i++) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            long[] now = viewport();
            if (now[0] == last[0] && now[1] == last[1]) {
                return now;
            }
            last = now;
        }
        return last;
    }

    private long[] viewport() {
        return new long[] {(Long) driver.executeScript("return window.innerWidth"),
                (Long) driver.executeScript("return window.innerHeight")};
    }

    /** A PNG of the whole page, beyond the viewport (Chrome DevTools protocol through chromedriver). */
    public byte[] fullPageScreenshot() {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        // without a scrollbar the full-height page lays out at the window's full width
        long width = (Long) driver.executeScript("return window.innerWidth");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", (double) width,
                "height", ((Number) size.get("height")).doubleValue(), "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        return java.util.Base64.getDecoder().decode((String) shot.get("data"));
    }

    /** Browser console entries since the last call (reading empties the buffer). */
    public List<LogEntry> consoleEntries() {
        return driver.manage().logs().get(LogType.BROWSER).getAll();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temp profile left behind is harmless
            }
        }
    }
}
