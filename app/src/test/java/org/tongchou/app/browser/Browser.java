package org.tongchou.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium with its own profile, pointed at the test server. Every page opened through
 * {@link #open(String)} is checked for browser console errors (read through ChromeDriver's
 * {@code goog:loggingPrefs} browser log) and can be saved as a screenshot test artefact.
 */
public final class Browser implements AutoCloseable {
    private final ChromeDriver driver;
    private final String base;
    private final Path profile;
    private final Path screenshots;

    Browser(ChromeDriver driver, String base, Path profile, Path screenshots) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
        this.screenshots = screenshots;
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a page and fails if the browser reported any console error while loading it. */
    public Browser open(String path) {
        driver.get(base + path);
        assertNoConsoleErrors(path, e -> false);
        return this;
    }

    /**
     * Opens a page expected to answer an HTTP error: the browser's own "failed to load resource"
     * report of that status is expected; any other console error still fails.
     */
    public Browser openExpectingStatus(String path, int status) {
        driver.get(base + path);
        assertNoConsoleErrors(path, e -> e.getMessage().contains("status of " + status));
        assertThat(find(By.id("error-page")).getAttribute("data-status")).as("error page status for %s", path)
                .isEqualTo(String.valueOf(status));
        return this;
    }

    /**
     * The HTTP status of a {@code fetch()} of a path from the current page, as the page's own script
     * would call the API (the session cookie goes along). The browser reports an error status in the
     * console; that report is expected, any other console error still fails.
     */
    public long fetchStatus(String path) {
        Object status = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {headers: {'Accept': 'application/json'}}).then(r => done(r.status), e => done(-1));", path);
        long s = ((Number) status).longValue();
        assertNoConsoleErrors("fetch " + path, e -> e.getMessage().contains(path) && e.getMessage().contains("status of " + s));
        return s;
    }

    public void signIn(String username, String password) {
        open("/login");
        find(By.id("username")).sendKeys(username);
        find(By.id("password")).sendKeys(password);
        find(By.id("sign-in")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/login"));
        assertNoConsoleErrors("after signing in as " + username, e -> false);
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public String text(By by) {
        return find(by).getText();
    }

    /** Clicks and waits for the next page to load, then checks its console. */
    public void clickAndLoad(By by) {
        WebElement e = find(by);
        e.click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(e));
        assertNoConsoleErrors("after clicking " + by, x -> false);
    }

    /** Saves a PNG of the current page to {@code app/target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            Path target = screenshots.resolve(name + ".png");
            Files.move(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails if the browser reported a console error since the last check (e.g. after a script redrew part of the page). */
    public void assertNoConsoleErrors(String where) {
        assertNoConsoleErrors(where, e -> false);
    }

    /** True when the page is no wider than the window: nothing but wide tables (in their own scroll box) scrolls sideways. */
    public boolean fitsWidth() {
        Object r = driver.executeScript("return document.documentElement.scrollWidth <= document.documentElement.clientWidth;");
        return Boolean.TRUE.equals(r);
    }

    private void assertNoConsoleErrors(String where, Predicate<LogEntry> expected) {
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .filter(expected.negate())
                .map(LogEntry::getMessage)
                .toList();
        assertThat(errors).as("browser console errors on %s", where).isEmpty();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }
}
