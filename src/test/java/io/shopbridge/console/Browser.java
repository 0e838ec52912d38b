package io.shopbridge.console;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium driven by Selenium, on the system's {@code chromium} and {@code chromedriver} (Debian packages
 * {@code chromium} and {@code chromium-driver}, which {@code .ci/run} installs): no browser download. Without them a
 * browser test is skipped and says why. Paths can be given with {@code -Dshopbridge.test.chromium=} and
 * {@code -Dshopbridge.test.chromedriver=}.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final URL base;

    private Browser(WebDriver driver, URL base) {
        this.driver = driver;
        this.base = base;
    }

    /** A new headless browser on the application at {@code base}; skips the test when no Chromium is installed. */
    static Browser open(URL base) {
        Optional<Path> chromium = executable("shopbridge.test.chromium", "/usr/bin/chromium",
                "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
        Optional<Path> chromedriver = executable("shopbridge.test.chromedriver", "/usr/bin/chromedriver",
                "/usr/lib/chromium/chromedriver");
        Assumptions.assumeTrue(chromium.isPresent() && chromedriver.isPresent(),
                "No chromium and chromedriver found (Debian: apt-get install chromium chromium-driver, as .ci/run "
                        + "does): the browser tests are skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        // --no-sandbox: CI containers run as root, where Chromium's sandbox cannot start
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.get().toFile()).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), base);
    }

    private static Optional<Path> executable(String property, String... candidates) {
        String given = System.getProperty(property);
        List<String> paths = given == null ? List.of(candidates) : List.of(given);
        return paths.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    void get(String path) {
        driver.get(base.toString().replaceAll("/+$", "") + path);
    }

    void logIn(String user, String password) {
        get("/console/login");
        find("#j_username").sendKeys(user);
        find("#j_password").sendKeys(password);
        find("#login").click();
        await().atMost(Duration.ofSeconds(10)).until(() -> driver.getCurrentUrl().contains("/console/jobs"));
    }

    WebElement find(String css) {
        return await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                .until(() -> driver.findElement(By.cssSelector(css)), element -> element != null);
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits, while the page reloads itself, until the text of {@code css} is {@code expected}. */
    void awaitText(String css, String expected) {
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> text(css), expected::equals);
    }

    /** Waits, while the page reloads itself, until {@code condition} holds. */
    void awaitUntil(Supplier<Boolean> condition) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(condition::get);
    }

    String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText().trim();
    }

    String pageSource() {
        return driver.getPageSource();
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** Writes what the browser shows to {@code target/screenshots/<name>.png}. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
