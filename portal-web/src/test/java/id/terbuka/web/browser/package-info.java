/**
 * Real-browser tests of the deployed WAR: headless Debian Chromium driven by Selenium, with
 * full-page screenshots at phone and desktop widths and axe-core accessibility checks run in the
 * page.
 *
 * <p>A page test registers one {@link id.terbuka.web.browser.Browser} per class, next to the shared
 * portal (or an Arquillian deployment of its own):
 *
 * <pre>{@code
 * @ExtendWith(SharedPortal.class)
 * class SearchPageIT {
 *   @RegisterExtension static final Browser browser = new Browser();
 *
 *   @SharedPortal.Base URL base; // found by Browser; open(path) is relative to it
 *
 *   @Test
 *   void searchPage() {
 *     browser.open("/dataset?q=penduduk");
 *     browser.screenshots("dataset-search"); // target/screenshots/SearchPageIT-dataset-search-360.png, -1280.png
 *     browser.assertAccessible(); // axe-core, WCAG 2.1 A and AA
 *   }
 * }
 * }</pre>
 *
 * <p>Chromium and ChromeDriver come from Debian ({@code chromium}, {@code chromium-driver}); {@link
 * id.terbuka.web.browser.Chromium} installs them through {@code .ci/install-chromium} when they are
 * missing and the tests run as root.
 */
package id.terbuka.web.browser;
