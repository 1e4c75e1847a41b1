package nl.regiograaf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.regiograaf.support.ExplorerPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A view test in a real headless Chromium against the running app: one browser per test class (started before the
 * class's own {@code @BeforeAll}, closed after its {@code @AfterAll}), every test at 1280×800, and every test fails
 * on a severe console entry (uncaught errors, failed requests) unless the class says which ones do not count.
 */
abstract class BrowserTest {

    protected static ExplorerPage page;
    protected static ChromeDriver driver;

    @BeforeAll
    static void startBrowser() {
        page = ExplorerPage.start();
        driver = page.driver();
    }

    @AfterAll
    static void stopBrowser() {
        if (page != null) {
            page.close();
        }
        page = null;
        driver = null;
    }

    @BeforeEach
    void desktopSize() {
        page.resize(1280, 800);
        page.severeConsoleEntries(); // what earlier tests left is theirs
    }

    @AfterEach
    void consoleStaysClean() {
        assertEquals(List.of(), page.severeConsoleEntries().stream().filter(this::consoleEntryFails).toList(),
                "console errors");
    }

    /** Whether a severe console entry fails the test: all do, unless a class decides otherwise. */
    protected boolean consoleEntryFails(String entry) {
        return true;
    }
}
