package id.terbuka.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the portal's HTML pages in the page ITs, as a browser without JavaScript would. */
final class HtmlPages {
  private HtmlPages() {}

  static String text(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  /** A page that must be HTML (UTF-8) with this status; its text. */
  static String page(Http http, int status, String path, String... headers) {
    HttpResponse<byte[]> r = http.getBytes(path, headers);
    String body = text(r);
    assertEquals(status, r.statusCode(), path + ": " + body);
    String type = r.headers().firstValue("Content-Type").orElse("");
    assertTrue(
        type.replace(" ", "").toLowerCase(Locale.ROOT).startsWith("text/html;charset=utf-8"),
        path + ": " + type);
    return body;
  }

  /** The first group of every match of {@code p} in {@code text}. */
  static List<String> all(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** HTML's escapes undone (for links and texts copied out of a page). */
  static String unescape(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#34;", "\"")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  /**
   * The path below the context root of a link on a page (links include the context path), without
   * its fragment.
   */
  static String local(URL base, String href) {
    String context = base.getPath().replaceAll("/$", "");
    String h = unescape(href);
    int hash = h.indexOf('#');
    h = hash < 0 ? h : h.substring(0, hash);
    return h.startsWith(context) ? h.substring(context.length()) : h;
  }
}
