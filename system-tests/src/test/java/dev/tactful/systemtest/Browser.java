package dev.tactful.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver: both from apt, at fixed paths, so Selenium
 * Manager never runs and nothing is downloaded. A missing browser fails the test (CI installs it), it does not
 * skip it.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("tactful.systemtest.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("tactful.systemtest.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of(System.getProperty("tactful.systemtest.screenshots", "target/screenshots"));
    static final int WIDTH = 1280;
    static final int HEIGHT = 900;
    /** A full-page screenshot grows the window to the page, up to this height. */
    static final int MAX_HEIGHT = 4000;

    final WebDriver driver;
    private final String base;
    private final Path profile;
    private final ChromeDriverService service;

    Browser(String base) {
        this.base = base.replaceAll("/+$", "");
        requireInstalled();
        // Both ways Selenium looks for a driver point at Debian's: the property and the service's own executable.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        try {
            profile = Files.createTempDirectory("tactful-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=en-GB", "--window-size=" + WIDTH + "," + HEIGHT,
                "--user-data-dir=" + profile);
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
    }

    /** Fails, naming the install command, when Debian's chromium or chromium-driver is missing. */
    static void requireInstalled() {
        requireInstalled(CHROMIUM);
        requireInstalled(CHROMEDRIVER);
    }

    private static void requireInstalled(Path binary) {
        assertThat(Files.isExecutable(binary))
                .as("%s is missing: the browser tests drive Debian's headless Chromium. Install it with "
                        + "`apt-get install -y chromium chromium-driver` (or point -Dtactful.systemtest.chromium / "
                        + "-Dtactful.systemtest.chromedriver at them)", binary)
                .isTrue();
    }

    void open(String path) {
        driver.get(path.startsWith("http") ? path : base + path);
    }

    String path() {
        return driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
    }

    <T> T await(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, ScenarioSupport.WAIT, Duration.ofMillis(250)).withMessage(what)
                .ignoring(StaleElementReferenceException.class).until(condition);
    }

    /** Waits for a condition that only a fresh load of the page can show (the plan moves on the server). */
    <T> T awaitReloading(String what, Function<WebDriver, T> condition) {
        return await(what, d -> {
            d.navigate().refresh();
            return condition.apply(d);
        });
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    /** Types into a field after clearing it. */
    void type(By field, String text) {
        WebElement input = find(field);
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Sets a date or time input: Chromium's typed format of these depends on the locale, the value property does
     * not. The input event is what a picker would fire.
     */
    void setValue(By field, String value) {
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                        + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                find(field), value);
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /**
     * A full-page PNG of what is shown now, checked to be a real picture: it decodes, has the window's width,
     * and is not one flat colour.
     */
    Path screenshot(String name) {
        Dimension window = driver.manage().window().getSize();
        long page = ((Number) script("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight);"))
                .longValue();
        int height = (int) Math.min(MAX_HEIGHT, Math.max(HEIGHT, page + (window.getHeight() - viewportHeight())));
        driver.manage().window().setSize(new Dimension(WIDTH, height));
        try {
            byte[] png = ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES);
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, png);
            assertThat(Files.size(file)).as("size of " + file).isGreaterThan(5_000);
            BufferedImage image = ImageIO.read(file.toFile());
            assertThat(image).as(file + " decodes as PNG").isNotNull();
            assertThat(image.getWidth()).as("width of " + file).isGreaterThanOrEqualTo(WIDTH / 2);
            assertThat(image.getHeight()).as("height of " + file).isGreaterThanOrEqualTo(HEIGHT / 2);
            assertThat(colours(image)).as("distinct colours in " + file).isGreaterThan(8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    private long viewportHeight() {
        return ((Number) script("return window.innerHeight;")).longValue();
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // A temp profile left behind is harmless.
            }
        }
    }
}
