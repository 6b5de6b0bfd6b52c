package id.terbuka.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import id.terbuka.web.SharedPortal;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opentest4j.AssertionFailedError;

/**
 * Proves the browser set-up before the portal has HTML pages: Chromium opens what the deployed WAR
 * serves today, screenshots land at both widths, the viewport really is a phone's, and the axe-core
 * check passes a clean page and fails one with deliberate violations (served by a throwaway local
 * HTTP server).
 */
@ExtendWith(SharedPortal.class)
class BrowserSmokeIT {
  @RegisterExtension static final Browser browser = new Browser();

  @SharedPortal.Base URL base;

  private static final String GIF =
      "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7";

  /** A small page that meets WCAG 2.1 A/AA as far as axe-core can tell. */
  private static final String CLEAN =
      """
      <!doctype html>
      <html lang="id">
      <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Halaman uji</title>
        <style>
          body { font-family: sans-serif; color: #1a1a1a; background: #fff; margin: 0 1rem; }
          .wide { display: none; }
          @media (min-width: 600px) { .wide { display: block; } }
        </style>
      </head>
      <body>
        <header><h1>Data Terbuka Bojonegoro</h1></header>
        <main>
          <form role="search" action="/dataset">
            <label for="q">Cari data</label>
            <input id="q" name="q" type="search">
            <button type="submit">Cari</button>
          </form>
          <img src="%s" alt="Logo Kabupaten Bojonegoro" width="40" height="40">
          <p class="wide">Tampilan lebar.</p>
        </main>
      </body>
      </html>
      """
          .formatted(GIF);

  /** The same page with an image without alt text and an input without a label. */
  private static final String BROKEN =
      CLEAN
          .replace(" alt=\"Logo Kabupaten Bojonegoro\"", "")
          .replace("<label for=\"q\">Cari data</label>", "");

  private static HttpServer pages;

  @BeforeAll
  static void servePages() throws IOException {
    pages = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    for (var page : List.of(List.of("/clean.html", CLEAN), List.of("/broken.html", BROKEN))) {
      byte[] body = page.get(1).getBytes(StandardCharsets.UTF_8);
      pages.createContext(
          page.get(0),
          exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (var out = exchange.getResponseBody()) {
              out.write(body);
            }
          });
    }
    pages.start();
  }

  @AfterAll
  static void stopPages() {
    if (pages != null) {
      pages.stop(0);
    }
  }

  private static String page(String path) {
    return "http://127.0.0.1:" + pages.getAddress().getPort() + path;
  }

  @Test
  void opensWhatTheWarServesAndScreenshotsItAtBothWidths() throws IOException {
    browser.open("/api/3/action/status_show");
    assertTrue(browser.url().startsWith(base.toString()), browser.url());
    assertTrue(browser.text().contains("\"success\""), browser.text());

    List<Path> shots = browser.screenshots("status_show");
    assertEquals(
        List.of("BrowserSmokeIT-status_show-360.png", "BrowserSmokeIT-status_show-1280.png"),
        shots.stream().map(p -> p.getFileName().toString()).toList());
    assertEquals(Browser.PHONE_WIDTH, image(shots.get(0)).getWidth());
    assertEquals(Browser.DESKTOP_WIDTH, image(shots.get(1)).getWidth());
    assertTrue(image(shots.get(1)).getHeight() >= Browser.DESKTOP_HEIGHT);
  }

  @Test
  void phoneViewportIsAPhonesAndScreenshotsCoverTheWholePage() throws IOException {
    browser.open(page("/clean.html"));
    browser.viewport(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
    assertEquals(360L, browser.driver().executeScript("return window.innerWidth"));
    assertEquals(
        false, browser.driver().executeScript("return matchMedia('(min-width: 600px)').matches"));
    browser.viewport(Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT);
    assertEquals(
        true, browser.driver().executeScript("return matchMedia('(min-width: 600px)').matches"));

    // A page taller than the viewport is captured whole.
    browser.driver().executeScript("document.body.style.minHeight = '2000px'");
    Path shot = browser.screenshot("tall", Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
    BufferedImage image = image(shot);
    assertEquals(Browser.PHONE_WIDTH, image.getWidth());
    assertTrue(image.getHeight() >= 2000, "height " + image.getHeight());
  }

  @Test
  void accessibilityCheckPassesACleanPage() {
    browser.open(page("/clean.html"));
    assertEquals(List.of(), browser.violations());
    browser.assertAccessible();
  }

  @Test
  void accessibilityCheckFailsWithAReadableListOfViolations() {
    browser.open(page("/broken.html"));
    Set<String> rules =
        browser.violations().stream().map(Axe.Violation::id).collect(Collectors.toSet());
    assertEquals(Set.of("image-alt", "label"), rules);

    AssertionFailedError e = assertThrows(AssertionFailedError.class, browser::assertAccessible);
    String report = e.getMessage();
    assertTrue(report.startsWith("2 accessibility violations (axe-core 4.11.1"), report);
    assertTrue(report.contains("- image-alt [critical] Images must have alternative text"), report);
    assertTrue(report.contains("https://dequeuniversity.com/rules/axe/4.11/image-alt"), report);
    assertTrue(report.contains("* img  <img src="), report);
    assertTrue(report.contains("- label [critical]"), report);
    assertTrue(report.contains("* #q  <input id=\"q\""), report);
  }

  private static BufferedImage image(Path png) throws IOException {
    BufferedImage image = ImageIO.read(png.toFile());
    assertTrue(image != null, "not a PNG: " + png);
    return image;
  }
}
