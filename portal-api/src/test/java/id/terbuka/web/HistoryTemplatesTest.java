package id.terbuka.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.web.i18n.Language;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The history and change pages rendered from hand-made views: escaping, links, wording. */
class HistoryTemplatesTest {
  private static final Pages PAGES = new Pages();

  private static String render(Language language, View view) {
    StaticAssets assets = new StaticAssets();
    assets.load();
    PageContext ctx =
        new PageContext(language, "/ctx", "https://data.example.id", "/x", Map.of(), assets);
    return new String(PAGES.render(ctx, view), StandardCharsets.UTF_8);
  }

  private static HistoryView.Entry entry(String reason) {
    return new HistoryView.Entry(
        "Siti <i>",
        "activity.changed_package",
        "3 Desember 2026 10.00",
        "2026-12-03T03:00:00Z",
        "Tabel <desa>",
        "history.resource.new_file",
        reason,
        List.of("resources", "title"),
        "/ctx/dataset/changes/a1");
  }

  @Test
  void historyListsEachChangeEscapedWithItsLink() {
    String html =
        render(
            Language.ID,
            View.of(
                "datasetHistory.jte",
                new HistoryView(
                    "gizi", "Gizi", List.of(entry("<script>alert(1)</script>")), null, "/ctx/o")));
    assertFalse(html.contains("<script>alert"), html);
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    assertTrue(html.contains("Siti &lt;i&gt; memperbarui dataset ini"), html);
    assertTrue(html.contains("Berkas baru untuk sumber data: Tabel &lt;desa&gt;"), html);
    assertTrue(html.contains("<code>resources</code>, <code>title</code>"), html);
    assertTrue(html.contains("href=\"/ctx/dataset/changes/a1\""), html);
    assertTrue(html.contains("href=\"/ctx/o\" rel=\"next\""), html);
    assertFalse(html.contains("rel=\"prev\""), "no newer page on the first");
  }

  @Test
  void aChangeShowsBeforeAfterAndTheDiff() {
    String html =
        render(
            Language.EN,
            View.of(
                "datasetChange.jte",
                new HistoryView.Change(
                    entry(null),
                    "gizi",
                    "Gizi",
                    List.of(
                        new HistoryView.Field("title", "\"Lama\"", "\"Baru\""),
                        new HistoryView.Field("url", null, "\"x\"")),
                    "--- a\n+++ b\n-  \"title\": \"Lama\"",
                    "/ctx/api/3/action/activity_diff?id=a1")));
    assertTrue(html.contains("Before") && html.contains("After"), html);
    assertTrue(html.contains("(absent)"), html);
    assertTrue(html.contains("-  \"title\": \"Lama\"</pre>"), html);
    assertTrue(html.contains("href=\"/ctx/dataset/activity/gizi\""), html);
    assertFalse(html.contains("Reason"), "no reason given, none shown");
  }

  @Test
  void pageNumbersAreOneToTheLimit() {
    assertEquals(1, HistoryPage.page(null));
    assertEquals(1, HistoryPage.page(""));
    assertEquals(7, HistoryPage.page("7"));
    assertNull(HistoryPage.page("0"));
    assertNull(HistoryPage.page("-1"));
    assertNull(HistoryPage.page("x"));
    assertNull(HistoryPage.page(String.valueOf(HistoryPage.MAX_PAGE + 1)));
  }
}
