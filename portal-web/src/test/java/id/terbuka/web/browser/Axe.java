package id.terbuka.web.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core run in the page: injects {@code axe.min.js} (unpacked by the build from Deque's Maven
 * artifact into {@code target/test-classes/axe-core/}, checked against a pinned SHA-256) and runs
 * the WCAG 2.0/2.1 level A and AA rules.
 */
public final class Axe {
  /** The axe-core release bundled in {@code com.deque.html.axe-core:selenium:4.11.1}. */
  public static final String VERSION = "4.11.1";

  /**
   * SHA-256 of that {@code axe.min.js}; the same bytes as {@code package/axe.min.js} in the npm
   * tarball {@code axe-core-4.11.1.tgz} (compared when it was pinned).
   */
  static final String SHA256 = "7dbfabdfc6062936d79c873ddbb5f811a1219fca3928bd8cc9dd81f1e65f4720";

  /** The rule tags run: WCAG 2.1 level A and AA (which include the WCAG 2.0 ones). */
  public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  /** One failing element of a violation. */
  public record Node(String selector, String html, String summary) {}

  /** One failed rule, with the elements that fail it. */
  public record Violation(
      String id, String impact, String help, String helpUrl, List<Node> nodes) {}

  private static String script;

  private Axe() {}

  /** The verified script text. */
  static synchronized String script() {
    if (script != null) {
      return script;
    }
    try (InputStream in = Axe.class.getResourceAsStream("/axe-core/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException(
            "axe-core/axe.min.js is not on the test class path: it is unpacked in the"
                + " generate-test-resources phase (run the tests through Maven)");
      }
      byte[] bytes = in.readAllBytes();
      String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
      if (!sha.equals(SHA256)) {
        throw new IllegalStateException(
            "axe.min.js has SHA-256 "
                + sha
                + ", expected "
                + SHA256
                + " (axe-core "
                + VERSION
                + ")");
      }
      script = new String(bytes, StandardCharsets.UTF_8);
      return script;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final String RUN =
      """
      const done = arguments[arguments.length - 1];
      axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
        .then(r => done({version: axe.version, violations: r.violations.map(v => ({
          id: v.id, impact: v.impact || '', help: v.help, helpUrl: v.helpUrl,
          nodes: v.nodes.map(n => ({
            selector: n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : String(t)).join(' '),
            html: n.html, summary: n.failureSummary || ''}))}))}))
        .catch(e => done({error: String(e && e.stack || e)}));
      """;

  /** Runs axe on the current document (injecting it first when the page does not have it). */
  @SuppressWarnings("unchecked")
  static List<Violation> run(JavascriptExecutor js) {
    if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
      js.executeScript(script());
    }
    Object raw = js.executeAsyncScript(RUN, TAGS);
    if (!(raw instanceof Map<?, ?> result)) {
      throw new IllegalStateException("axe.run returned " + raw);
    }
    if (result.get("error") != null) {
      throw new IllegalStateException("axe.run failed: " + result.get("error"));
    }
    List<Violation> out = new ArrayList<>();
    for (Object o : (List<Object>) result.get("violations")) {
      Map<String, Object> v = (Map<String, Object>) o;
      List<Node> nodes = new ArrayList<>();
      for (Object n : (List<Object>) v.get("nodes")) {
        Map<String, Object> node = (Map<String, Object>) n;
        nodes.add(
            new Node(
                (String) node.get("selector"),
                (String) node.get("html"),
                (String) node.get("summary")));
      }
      out.add(
          new Violation(
              (String) v.get("id"),
              (String) v.get("impact"),
              (String) v.get("help"),
              (String) v.get("helpUrl"),
              nodes));
    }
    return out;
  }

  /** A readable report: one block per rule, one line per failing element. */
  public static String report(String url, List<Violation> violations) {
    StringBuilder b =
        new StringBuilder()
            .append(violations.size())
            .append(
                violations.size() == 1 ? " accessibility violation" : " accessibility violations")
            .append(" (axe-core ")
            .append(VERSION)
            .append(", WCAG 2.1 A/AA) on ")
            .append(url)
            .append(':');
    for (Violation v : violations) {
      b.append("\n- ")
          .append(v.id())
          .append(" [")
          .append(v.impact())
          .append("] ")
          .append(v.help())
          .append("\n    ")
          .append(v.helpUrl());
      for (Node n : v.nodes()) {
        b.append("\n    * ").append(n.selector()).append("  ").append(abbreviate(n.html(), 160));
        for (String line : n.summary().split("\n")) {
          if (!line.isBlank()) {
            b.append("\n        ").append(line.trim());
          }
        }
      }
    }
    return b.toString();
  }

  private static String abbreviate(String s, int max) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() <= max ? one : one.substring(0, max - 1) + "…";
  }
}
