package id.terbuka.web.browser;

import id.terbuka.web.SharedPortal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriverLogLevel;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.opentest4j.AssertionFailedError;

/**
 * One headless Chromium per test class, driving the deployed WAR. Register it as a static field
 * ({@code @RegisterExtension static final Browser browser = new Browser();}) after the Arquillian
 * extension; {@link #open} resolves paths against the test's base URL field (marked
 * {@code @SharedPortal.Base} or {@code @ArquillianResource}).
 *
 * <p>The browser starts with a fresh profile, {@code Accept-Language: id-ID} (the portal's default
 * audience) and a 1280x900 desktop viewport, which every test starts from again. A failing test
 * leaves {@code <Class>-<method>-failure.png} beside the screenshots.
 */
public final class Browser
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
  public static final int PHONE_WIDTH = 360;
  public static final int PHONE_HEIGHT = 800;
  public static final int DESKTOP_WIDTH = 1280;
  public static final int DESKTOP_HEIGHT = 900;

  /** Set {@code -Dterbuka.browser.skip=true} to skip the browser tests (reported as skipped). */
  public static final String SKIP_PROPERTY = "terbuka.browser.skip";

  private final String acceptLanguage;
  private ChromeDriver driver;
  private ChromeDriverService service;
  private Path profile;
  private String testClass;
  private Object testInstance;
  private String base;
  private int viewportWidth = DESKTOP_WIDTH;
  private boolean javaScript = true;

  public Browser() {
    this("id-ID,id");
  }

  /** A browser that sends these languages ({@code "en"}, {@code "id-ID,id"}) in Accept-Language. */
  public Browser(String acceptLanguage) {
    this.acceptLanguage = acceptLanguage;
  }

  /**
   * Starts the browser with the pages' JavaScript switched off (for the "works without JavaScript"
   * journeys): their scripts, timers and animation frames never run. The test's own synchronous
   * WebDriver scripts (document state, layout) still do; axe-core, which needs timers, gets them
   * back only while it checks the loaded page ({@link #violations}).
   */
  public Browser withoutJavaScript() {
    this.javaScript = false;
    return this;
  }

  /** Whether the pages' JavaScript runs (see {@link #withoutJavaScript}). */
  public boolean javaScriptEnabled() {
    return javaScript;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    Assumptions.assumeFalse(
        Boolean.getBoolean(SKIP_PROPERTY), "browser tests skipped (-D" + SKIP_PROPERTY + ")");
    testClass = context.getRequiredTestClass().getSimpleName();
    long start = System.nanoTime();
    Chromium.Install chromium = Chromium.ensure();
    profile = Files.createTempDirectory("terbuka-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.browser().toFile());
    options.addArguments(
        "--headless=new",
        // Root has no user namespace sandbox for Chromium here; the pages are our own.
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        // Chromium's own calls home fail on this closed network and only add noise and delay.
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--disable-quic",
        "--no-first-run",
        "--no-default-browser-check",
        "--hide-scrollbars",
        "--window-size=" + DESKTOP_WIDTH + "," + DESKTOP_HEIGHT,
        "--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
    Path logs = screenshotDir().resolveSibling("browser-logs");
    Files.createDirectories(logs);
    service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromium.driver().toFile())
            .usingAnyFreePort()
            .withLogFile(logs.resolve(testClass + "-chromedriver.log").toFile())
            .withLogLevel(ChromiumDriverLogLevel.WARNING)
            .build();
    driver = new ChromeDriver(service, options);
    if (!javaScript) {
      // Before the first page: the tab's documents never run their scripts from now on.
      scriptExecution(false);
    }
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    System.out.printf(
        "[browser] Chromium %s (ChromeDriver %s) for %s%s started in %d ms%n",
        chromium.browserVersion(),
        chromium.driverVersion(),
        testClass,
        javaScript ? "" : " (JavaScript off)",
        Duration.ofNanos(System.nanoTime() - start).toMillis());
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    testInstance = context.getRequiredTestInstance();
    viewport(DESKTOP_WIDTH, DESKTOP_HEIGHT);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (driver != null && context.getExecutionException().isPresent()) {
      try {
        Path file =
            screenshotDir()
                .resolve(
                    testClass + "-" + context.getRequiredTestMethod().getName() + "-failure.png");
        Files.createDirectories(file.getParent());
        Files.write(file, capture(false));
        System.out.println("[browser] failure screenshot: " + file);
      } catch (RuntimeException | IOException e) {
        System.out.println("[browser] no failure screenshot: " + e);
      }
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      driver = null;
      if (service != null) {
        service.close();
      }
      if (profile != null) {
        try (Stream<Path> files = Files.walk(profile)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }

  /** The WebDriver, for clicks, forms and lookups. */
  public ChromeDriver driver() {
    if (driver == null) {
      throw new IllegalStateException("The browser runs only inside the test class's lifecycle");
    }
    return driver;
  }

  /** Sets the base URL explicitly (otherwise the test's base URL field). */
  public Browser base(String url) {
    this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    return this;
  }

  /**
   * Opens {@code path} of the deployed WAR ({@code "/dataset?q=x"}), or an absolute {@code http:}
   * or {@code data:} URL, and waits until the document has loaded.
   */
  public Browser open(String path) {
    String url = path.matches("^(https?|data|about):.*") ? path : base() + path;
    driver().get(url);
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> "complete".equals(driver.executeScript("return document.readyState")));
    return this;
  }

  /** The current page's URL. */
  public String url() {
    return driver().getCurrentUrl();
  }

  /** The visible text of the page's body. */
  public String text() {
    return (String) driver().executeScript("return document.body ? document.body.innerText : ''");
  }

  /**
   * Full-page screenshots of the current page at phone (360x800) and desktop (1280x900) width:
   * {@code target/screenshots/<TestClass>-<page>-360.png} and {@code -1280.png}. The viewport goes
   * back to desktop afterwards.
   */
  public List<Path> screenshots(String page) {
    List<Path> files = new ArrayList<>();
    files.add(screenshot(page, PHONE_WIDTH, PHONE_HEIGHT));
    files.add(screenshot(page, DESKTOP_WIDTH, DESKTOP_HEIGHT));
    viewport(DESKTOP_WIDTH, DESKTOP_HEIGHT);
    return files;
  }

  /**
   * One full-page screenshot at this viewport ({@code <TestClass>-<page>-<width>.png}). Below 600
   * px the viewport is a phone's (mobile emulation: the page's viewport meta applies); a page wider
   * than the viewport is scaled down to its width, as a phone first shows it.
   */
  public Path screenshot(String page, int width, int height) {
    viewport(width, height);
    Path file = screenshotDir().resolve(testClass + "-" + page + "-" + width + ".png");
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, capture(true));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** Sets the layout viewport (CSS pixels, device scale 1); phone emulation below 600 px. */
  public Browser viewport(int width, int height) {
    driver()
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    viewportWidth = width;
    if (javaScript) {
      // Two animation frames: media queries and layout have applied by then.
      driver.executeAsyncScript(
          "const done = arguments[0];"
              + " requestAnimationFrame(() => requestAnimationFrame(() => done(true)));");
    } else {
      // No animation frames without scripts: reading a size forces style and layout now.
      driver.executeScript("return document.documentElement.offsetWidth;");
    }
    return this;
  }

  /** The axe-core (WCAG 2.1 A/AA) violations of the current page; empty when it passes. */
  public List<Axe.Violation> violations() {
    if (javaScript) {
      return Axe.run(driver());
    }
    // The page has loaded without its scripts; axe-core's timers need script execution on.
    scriptExecution(true);
    try {
      return Axe.run(driver());
    } finally {
      scriptExecution(false);
    }
  }

  private void scriptExecution(boolean enabled) {
    driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !enabled));
  }

  /**
   * Fails with a readable list (rule, impact, element, help URL) when axe-core finds violations.
   */
  public Browser assertAccessible() {
    List<Axe.Violation> violations = violations();
    if (!violations.isEmpty()) {
      throw new AssertionFailedError(Axe.report(url(), violations));
    }
    return this;
  }

  /** PNG bytes of the page: the whole document, scaled to the viewport's width, or the viewport. */
  @SuppressWarnings("unchecked")
  private byte[] capture(boolean fullPage) {
    Map<String, Object> params = new HashMap<>();
    params.put("format", "png");
    if (fullPage) {
      Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
      Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
      Map<String, Object> viewport = (Map<String, Object>) metrics.get("cssLayoutViewport");
      double viewWidth = ((Number) viewport.get("clientWidth")).doubleValue();
      double width = Math.max(viewWidth, ((Number) content.get("width")).doubleValue());
      double height = ((Number) content.get("height")).doubleValue();
      params.put("captureBeyondViewport", true);
      params.put(
          "clip",
          Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", viewportWidth / width));
    }
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", params);
    return Base64.getDecoder().decode((String) shot.get("data"));
  }

  private String base() {
    if (base == null && testInstance != null) {
      for (Class<?> c = testInstance.getClass(); c != Object.class; c = c.getSuperclass()) {
        for (Field f : c.getDeclaredFields()) {
          if (f.getType() == URL.class
              && (f.isAnnotationPresent(ArquillianResource.class)
                  || f.isAnnotationPresent(SharedPortal.Base.class))) {
            try {
              f.setAccessible(true);
              Object value = f.get(testInstance);
              if (value != null) {
                base(value.toString());
              }
            } catch (IllegalAccessException e) {
              throw new IllegalStateException(e);
            }
          }
        }
      }
    }
    if (base == null) {
      throw new IllegalStateException(
          "No base URL: declare `@SharedPortal.Base URL base;` in the test or call base(url)");
    }
    return base;
  }

  private static Path screenshotDir() {
    return Path.of(System.getProperty("terbuka.screenshots.dir", "target/screenshots"))
        .toAbsolutePath();
  }
}
