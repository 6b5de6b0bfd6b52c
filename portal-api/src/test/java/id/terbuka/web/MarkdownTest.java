package id.terbuka.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownTest {
  @Test
  void rendersMarkdown() {
    String html = Markdown.toHtml("# Judul\n\nData **penting** per [kecamatan](https://x.id/a).");
    assertTrue(html.contains("<h1>Judul</h1>"), html);
    assertTrue(html.contains("<strong>penting</strong>"), html);
    assertTrue(html.contains("href=\"https://x.id/a\""), html);
    assertTrue(html.contains("rel=\"nofollow noopener\""), html);
  }

  @Test
  void rawHtmlIsEscapedNotPassedThrough() {
    String html = Markdown.toHtml("Halo <script>alert(1)</script>\n\n<img src=x onerror=alert(1)>");
    assertFalse(html.contains("<script"), html);
    assertFalse(html.contains("<img"), html);
    assertTrue(html.contains("&lt;script&gt;"), html);
  }

  @Test
  void unsafeLinkTargetsAreDropped() {
    String html = Markdown.toHtml("[klik](javascript:alert(1)) ![g](data:text/html;base64,xx)");
    assertFalse(html.contains("javascript:"), html);
    assertFalse(html.contains("data:text"), html);
    assertFalse(html.contains("<img"), html);
  }

  @Test
  void imagesBecomeLinks() {
    String html = Markdown.toHtml("![Peta kecamatan](https://x.id/peta.png)");
    assertTrue(html.contains(">Peta kecamatan</a>"), html);
    assertTrue(html.contains("href=\"https://x.id/peta.png\""), html);
    assertFalse(html.contains("<img"), html);
  }

  @Test
  void summariesArePlainTextAndShort() {
    assertEquals("Judul Data penting.", Markdown.summary("# Judul\n\nData **penting**.", 100));
    String s = Markdown.summary("kata ".repeat(100), 50);
    assertTrue(s.length() <= 50 && s.endsWith("…"), s);
    assertEquals("", Markdown.summary(null, 10));
    assertEquals(
        "Lihat tautan ini.",
        Markdown.summary("Lihat [tautan](javascript:alert(1)) <b>ini</b>.", 100));
  }

  @Test
  void onlyWebAndMailLinksOrRelativeOnes() {
    assertTrue(SafeUrls.allowed("https://bojonegorokab.go.id/x"));
    assertTrue(SafeUrls.allowed("mailto:data@bojonegorokab.go.id"));
    assertTrue(SafeUrls.allowed("/dataset/a"));
    assertTrue(SafeUrls.allowed("lampiran.pdf"));
    assertTrue(SafeUrls.allowed("?q=a:b"));
    assertFalse(SafeUrls.allowed("JavaScript:alert(1)"));
    assertFalse(SafeUrls.allowed("java\tscript:alert(1)"));
    assertFalse(SafeUrls.allowed("vbscript:x"));
    assertFalse(SafeUrls.allowed("data:text/html,x"));
  }
}
