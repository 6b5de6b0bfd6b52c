package id.terbuka.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.web.i18n.Language;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The precompiled templates rendered with hand-made views: escaping, layout and links. */
class TemplatesTest {
  private static final Pages PAGES = new Pages();

  private static PageContext ctx(Language language, String path, Map<String, String[]> query) {
    StaticAssets assets = new StaticAssets();
    assets.load();
    return new PageContext(language, "/ctx", "https://data.example.id", path, query, assets);
  }

  private static String render(PageContext ctx, View view) {
    return new String(PAGES.render(ctx, view), StandardCharsets.UTF_8);
  }

  private static DatasetSummary summary(String name, String title) {
    return new DatasetSummary(
        name, title, "dinkes", "Dinas Kesehatan", List.of("CSV"), "2026-11-28T17:30:00", "", false);
  }

  @Test
  void searchPageEscapesUserInputAndLinksFilters() {
    SearchParams params =
        SearchParams.parse(
            Map.of("q", new String[] {"<script>x</script>"}, "tags", new String[] {"a\"b"}));
    PageContext ctx = ctx(Language.ID, "/dataset", Map.of("q", new String[] {"<script>"}));
    SearchView view =
        new SearchView(
            params,
            45,
            List.of(summary("d1", "Judul <b>satu</b>")),
            List.of(
                new SearchView.Facet(
                    "tags",
                    "facet.tags",
                    List.of(new SearchView.FacetItem("a\"b", 3, true, "/ctx/dataset?x=1&y=2")))),
            List.of(new SearchView.ActiveFilter("facet.tags", "a\"b", "/ctx/dataset")),
            Paging.of(2, 45, 20, 200, n -> "/ctx/dataset?page=" + n),
            null,
            null);
    String html = render(ctx, View.of("search.jte", view));
    assertFalse(html.contains("<script>x"), html);
    assertTrue(html.contains("&lt;script&gt;x&lt;/script&gt;"), html);
    assertTrue(html.contains("Judul &lt;b&gt;satu&lt;/b&gt;"), html);
    assertTrue(html.contains("href=\"/ctx/dataset?x=1&amp;y=2\""), html);
    assertTrue(html.contains("<html lang=\"id\">"), html);
    assertTrue(html.contains("Menampilkan 1–20 dari 45 dataset"), html);
    assertTrue(html.contains("rel=\"canonical\" href=\"https://data.example.id/dataset?q="), html);
    assertTrue(html.contains("rel=\"prev\""), html);
    assertTrue(html.contains("29 November 2026"), html);
    assertTrue(html.contains("<option value=\"score desc, metadata_modified desc\" selected>"));
  }

  @Test
  void layoutHasTheLanguageSwitchSkipLinkAndFingerprintedCss() {
    PageContext ctx = ctx(Language.EN, "/dataset", Map.of("q", new String[] {"air"}));
    String html = render(ctx, ErrorView.of(404));
    assertTrue(html.contains("<html lang=\"en\">"), html);
    assertTrue(html.contains("Page not found"), html);
    assertTrue(html.contains("href=\"/ctx/dataset?q=air&amp;lang=id\""), html);
    assertTrue(html.contains("href=\"#main\""), html);
    assertTrue(html.matches("(?s).*href=\"/ctx/static/site\\.[0-9a-f]{10}\\.css\".*"), html);
  }

  @Test
  void datasetPageRendersSanitisedNotesAndApiSnippets() {
    DatasetView view =
        new DatasetView(
            "id1",
            "penduduk",
            "Penduduk",
            Markdown.toHtml("**tebal** <script>alert(1)</script>"),
            "tebal",
            "dukcapil",
            "Dukcapil",
            List.of(new DatasetView.Named("kependudukan", "Kependudukan")),
            List.of("jenis kelamin"),
            "Creative Commons Attribution",
            "http://www.opendefinition.org/licenses/cc-by",
            false,
            List.of(new DatasetView.Row("meta.satuan", "jiwa")),
            List.of(
                new DatasetView.ResourceItem(
                    "r1", "Data", null, "CSV", "1,2 KB", "1 Mei 2024", "https://x/d.csv", true)),
            "r1");
    String html =
        render(ctx(Language.ID, "/dataset/penduduk", Map.of()), View.of("dataset.jte", view));
    assertTrue(html.contains("<strong>tebal</strong>"), html);
    assertFalse(html.contains("<script>alert"), html);
    assertTrue(html.contains("package_show?id=penduduk"), html);
    assertTrue(html.contains("datastore_search?resource_id=r1"), html);
    assertTrue(html.contains("tags=jenis+kelamin"), html);
    assertTrue(html.contains("href=\"https://x/d.csv\""), html);
  }

  @Test
  void noResultsOfferTheSuggestionAsALink() {
    SearchParams params = SearchParams.parse(Map.of("q", new String[] {"pendudk"}));
    SearchView view =
        new SearchView(
            params,
            0,
            List.of(),
            List.of(),
            List.of(),
            Paging.of(1, 0, 20, 200, n -> "/ctx/dataset?page=" + n),
            null,
            new SearchView.Suggestion("penduduk", "/ctx/dataset?q=penduduk"));
    String html = render(ctx(Language.ID, "/dataset", Map.of()), View.of("search.jte", view));
    assertTrue(
        html.contains("Mungkin maksud Anda: <a href=\"/ctx/dataset?q=penduduk\">penduduk</a>?"),
        html);
  }

  @Test
  void unitPageShowsCodeSanitisedDescriptionAndTheScopedSearch() {
    SearchParams params = SearchParams.parse(Map.of(), SearchScope.organization("dinkes"));
    SearchView search =
        new SearchView(
            params,
            1,
            List.of(summary("d1", "Satu")),
            List.of(),
            List.of(),
            Paging.of(1, 1, 20, 200, n -> "/ctx/organization/dinkes?page=" + n),
            null,
            null);
    GroupView view =
        new GroupView(
            true,
            "dinkes",
            "Dinas <Kesehatan>",
            Markdown.toHtml("Tugas *pokok* <script>alert(1)</script>"),
            "Tugas pokok",
            "1.02.01",
            search);
    String html =
        render(ctx(Language.ID, "/organization/dinkes", Map.of()), View.of("group.jte", view));
    assertTrue(html.contains("<h1>Dinas &lt;Kesehatan&gt;</h1>"), html);
    assertTrue(html.contains("Kode unit: 1.02.01"), html);
    assertTrue(html.contains("<em>pokok</em>"), html);
    assertFalse(html.contains("<script>alert"), html);
    assertTrue(html.contains("action=\"/ctx/organization/dinkes\""), "the form stays scoped");
    assertTrue(
        html.contains("rel=\"canonical\" href=\"https://data.example.id/organization/dinkes\""),
        html);
    assertTrue(html.contains("aria-current=\"page\">Organisasi</a>"), "the navigation marks it");
  }

  @Test
  void datasetPageShowsUsageSharesAndARefusedAnswerWithTheTypedTextEscaped() {
    DatasetUsage usage =
        new DatasetUsage(
            1234,
            1,
            Map.of("r1", 1L),
            id.terbuka.feedback.SatisfactionSummary.of(
                Map.of(
                    id.terbuka.feedback.Satisfaction.PUAS,
                    2L,
                    id.terbuka.feedback.Satisfaction.TIDAK_PUAS,
                    1L)),
            new DatasetUsage.Form(
                "puas", "</textarea><script>x</script>", List.of("Too <b>long</b>"), false));
    DatasetView view =
        new DatasetView(
            "id1",
            "penduduk",
            "Penduduk",
            "",
            "",
            null,
            null,
            List.of(),
            List.of(),
            null,
            null,
            false,
            List.of(),
            List.of(
                new DatasetView.ResourceItem(
                    "r1", "Data", null, "CSV", "", "", "https://x/d.csv", false)),
            null,
            usage);
    String en =
        render(ctx(Language.EN, "/dataset/penduduk", Map.of()), View.of("dataset.jte", view));
    assertTrue(en.contains("1,234 views · 1 download"), en);
    assertTrue(en.contains("<span>1 download</span>"), en);
    assertTrue(en.contains("action=\"/ctx/dataset/penduduk/satisfaction?lang=en\""), en);
    assertTrue(en.contains("value=\"puas\" checked"), en);
    assertTrue(en.contains("Satisfied</span> <strong>67%</strong>"), en);
    assertTrue(en.contains("Not satisfied</span> <strong>33%</strong>"), en);
    assertTrue(en.contains("From 3 answers:"), en);
    assertTrue(en.contains("role=\"alert\""), en);
    assertTrue(en.contains("Too &lt;b&gt;long&lt;/b&gt;"), en);
    assertFalse(en.contains("<script>x"), en);
    assertTrue(en.contains("&lt;/textarea&gt;&lt;script&gt;x&lt;/script&gt;</textarea>"), en);
    String id =
        render(ctx(Language.ID, "/dataset/penduduk", Map.of()), View.of("dataset.jte", view));
    assertTrue(id.contains("1.234 kali dilihat · 1 kali diunduh"), id);
    assertTrue(id.contains("action=\"/ctx/dataset/penduduk/satisfaction\""), id);
  }
}
