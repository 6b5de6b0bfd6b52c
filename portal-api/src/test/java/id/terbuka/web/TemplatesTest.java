package id.terbuka.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
            "r1",
            DatasetUsage.NONE,
            new DatasetDetails(
                DatasetJsonLd.of(
                    Map.of("name", "penduduk", "title", "Judul </script><b>x</b>"),
                    "https://data.example.id/dataset/penduduk",
                    null,
                    List.of()),
                List.of(
                    new DatasetDetails.Activity(
                        "Budi <i>", "activity.changed_package", "1 Mei 2024, 10.15 WIB", "x")),
                "Dukcapil (2024). Penduduk. Terbuka. https://data.example.id/dataset/penduduk."),
            null);
    String html =
        render(ctx(Language.ID, "/dataset/penduduk", Map.of()), View.of("dataset.jte", view));
    assertTrue(html.contains("<strong>tebal</strong>"), html);
    assertFalse(html.contains("<script>alert"), html);
    assertTrue(html.contains("package_show?id=penduduk"), html);
    assertTrue(html.contains("datastore_search?resource_id=r1"), html);
    assertTrue(html.contains("tags=jenis+kelamin"), html);
    assertTrue(html.contains("href=\"https://x/d.csv\""), html);
    assertTrue(html.contains("href=\"/ctx/dataset/penduduk/resource/r1\""), html);
    assertTrue(html.contains("datastore/dump/r1?format=csv"), html);
    // The JSON-LD script runs to its own end tag: a title cannot close it early.
    String start = "<script type=\"application/ld+json\">";
    int from = html.indexOf(start) + start.length();
    String ld = html.substring(from, html.indexOf("</script>", from));
    assertEquals(
        "Judul </script><b>x</b>", ((Map<?, ?>) id.terbuka.shared.Json.parse(ld)).get("name"), ld);
    assertTrue(html.contains("Judul \\u003c/script\\u003e\\u003cb\\u003ex"), html);
    assertTrue(html.contains("Budi &lt;i&gt; memperbarui dataset ini"), html);
    assertTrue(html.contains("class=\"citation\">Dukcapil (2024). Penduduk."), html);
  }

  @Test
  void resourcePageEscapesCellsAndKeepsTheStateInItsLinks() {
    PreviewParams state =
        PreviewParams.parse(
            Map.of("f.kecamatan", new String[] {"Kota <x>"}, "sort", new String[] {"jumlah"}));
    ResourceView.Preview preview =
        new ResourceView.Preview(
            List.of(
                new ResourceView.Column(
                    "kecamatan",
                    "resource.type.text",
                    "/ctx/a?s=1&t=2",
                    null,
                    "f.kecamatan",
                    "Kota <x>"),
                new ResourceView.Column(
                    "jumlah", "resource.type.int8", "/ctx/b", "ascending", "f.jumlah", null)),
            List.of(List.of("<img src=x>", "12")),
            1,
            1,
            1,
            Paging.of(1, 1, 20, 500, n -> "/ctx/p" + n),
            null,
            true,
            null,
            List.of(new ResourceView.Field("sort", "jumlah")),
            List.of(
                new ResourceView.Field("CSV", "/ctx/datastore/dump/r1?" + state.dumpQuery("csv"))),
            "/ctx/clear");
    ResourceView view =
        new ResourceView(
            "penduduk",
            "Penduduk",
            "dukcapil",
            "Dukcapil",
            "r1",
            "Data",
            null,
            "CSV",
            "1,2 KB",
            "1 Mei 2024",
            "sha256:ab",
            "https://x/d.csv",
            "/dataset/penduduk/resource/r1",
            "active",
            1L,
            List.of(),
            preview,
            List.of(
                new ResourceView.DictionaryField(
                    "jumlah", "resource.type.int8", "Jumlah", "Orang")),
            List.of(new ResourceView.Version(1, "lama.csv", "1 KB", "1 Mei 2024", "https://x/v1")));
    String html =
        render(
            ctx(Language.ID, "/dataset/penduduk/resource/r1", Map.of()),
            View.of("resource.jte", view));
    assertFalse(html.contains("<img src=x>"), html);
    assertTrue(html.contains("&lt;img src=x&gt;"), html);
    assertTrue(html.contains("name=\"f.kecamatan\" type=\"text\" value=\"Kota &lt;x"), html);
    assertTrue(html.contains("aria-sort=\"ascending\""), html);
    assertTrue(html.contains("href=\"/ctx/a?s=1&amp;t=2\""), html);
    assertTrue(html.contains("Unduh baris ini sebagai CSV"), html);
    assertTrue(html.contains("filters=%7B%22kecamatan%22%3A%22Kota+%3Cx%3E%22%7D"), html);
    assertTrue(html.contains("bilangan bulat"), html);
    assertTrue(html.contains("Versi 1: lama.csv"), html);
    assertTrue(html.contains("Kamus data"), html);
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
            id.terbuka.feedback.domain.SatisfactionSummary.of(
                Map.of(
                    id.terbuka.feedback.domain.Satisfaction.PUAS,
                    2L,
                    id.terbuka.feedback.domain.Satisfaction.TIDAK_PUAS,
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
            usage,
            DatasetDetails.NONE,
            null);
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
