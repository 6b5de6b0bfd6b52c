package id.terbuka.web.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's Chromium and its ChromeDriver: found, installed when missing (as root, through {@code
 * .ci/install-chromium}), and checked to be a matching pair. Selenium Manager is never used: it
 * would try to download a driver, which this machine cannot.
 */
public final class Chromium {
  /** The wrapper script that sets Debian's flags and starts {@code /usr/lib/chromium/chromium}. */
  static final Path DEFAULT_BROWSER = Path.of("/usr/bin/chromium");

  static final Path DEFAULT_DRIVER = Path.of("/usr/bin/chromedriver");

  private static final Pattern VERSION = Pattern.compile("(\\d+)\\.\\d+\\.\\d+\\.\\d+");

  /** The binaries and their versions ({@code 156.0.8078.108}). */
  public record Install(Path browser, Path driver, String browserVersion, String driverVersion) {}

  private static Install found;

  private Chromium() {}

  /**
   * The installed pair; installs it first when missing. Fails with what to do when it cannot, or
   * when the driver's major version is not the browser's.
   */
  public static synchronized Install ensure() {
    if (found != null) {
      return found;
    }
    Path browser = Path.of(System.getProperty("terbuka.chromium", DEFAULT_BROWSER.toString()));
    Path driver = Path.of(System.getProperty("terbuka.chromedriver", DEFAULT_DRIVER.toString()));
    if (!Files.isExecutable(browser) || !Files.isExecutable(driver)) {
      install();
    }
    if (!Files.isExecutable(browser) || !Files.isExecutable(driver)) {
      throw new IllegalStateException(
          "The browser tests need Debian's Chromium and ChromeDriver ("
              + browser
              + ", "
              + driver
              + "). Install them with `sudo apt-get install chromium chromium-driver` (or run"
              + " .ci/install-chromium as root), point -Dterbuka.chromium/-Dterbuka.chromedriver"
              + " at another pair, or skip the browser tests with -Dterbuka.browser.skip=true.");
    }
    String browserVersion = version(browser);
    String driverVersion = version(driver);
    if (!major(browserVersion).equals(major(driverVersion))) {
      throw new IllegalStateException(
          "ChromeDriver "
              + driverVersion
              + " does not drive Chromium "
              + browserVersion
              + ": install both from the same source (apt-get install chromium chromium-driver).");
    }
    found = new Install(browser, driver, browserVersion, driverVersion);
    return found;
  }

  /** Runs the project's install script when it is there (it refuses politely unless root). */
  private static void install() {
    String script = System.getProperty("terbuka.browser.install");
    if (script == null || !Files.isRegularFile(Path.of(script))) {
      return;
    }
    System.out.println("[browser] chromium/chromedriver missing; running " + script);
    long start = System.nanoTime();
    try {
      Process p = new ProcessBuilder("bash", script).inheritIO().start();
      if (!p.waitFor(15, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IllegalStateException(script + " did not finish within 15 minutes");
      }
      System.out.printf(
          "[browser] %s exited with %d after %d s%n",
          script, p.exitValue(), TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start));
    } catch (IOException e) {
      throw new IllegalStateException("Could not run " + script, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while installing Chromium", e);
    }
  }

  /**
   * {@code 156.0.8078.108} out of {@code --version} (stderr, where Debian's wrapper warns, is
   * dropped).
   */
  private static String version(Path binary) {
    try {
      Process p =
          new ProcessBuilder(List.of(binary.toString(), "--version"))
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
      Matcher m = VERSION.matcher(out);
      if (!m.find()) {
        throw new IllegalStateException("No version in `" + binary + " --version`: " + out);
      }
      return m.group();
    } catch (IOException e) {
      throw new IllegalStateException("Could not run " + binary + " --version", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }

  private static String major(String version) {
    return version.substring(0, version.indexOf('.'));
  }
}
