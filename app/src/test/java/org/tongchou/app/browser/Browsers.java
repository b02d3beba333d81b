package org.tongchou.app.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Starts Debian's headless Chromium through Debian's ChromeDriver (never a downloaded browser: the
 * paths are fixed, so Selenium Manager is not consulted). Tests skip when either is absent.
 */
public final class Browsers {
    public static final Path CHROMIUM = Path.of(System.getProperty("tongchou.test.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER =
            Path.of(System.getProperty("tongchou.test.chromedriver", "/usr/bin/chromedriver"));
    /** Screenshots are test artefacts: {@code app/target/screenshots/} (surefire runs in the module directory). */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browsers() {
    }

    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    public static String absenceMessage() {
        return "headless browser tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing "
                + "(apt-get install -y chromium chromium-driver; scripts/test.sh does this)";
    }

    /** A fresh browser with its own temporary profile, at a laptop-sized window unless told otherwise. */
    public static Browser start(String baseUrl, int width, int height) {
        Path profile;
        try {
            profile = Files.createTempDirectory("tongchou-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--lang=zh-CN"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new Browser(driver, baseUrl, profile, SCREENSHOTS);
    }
}
