package id.terbuka.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.web.i18n.Language;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Dasa Wisma templates rendered with hand-made views: withheld cells, small desa, escaping. */
class DasaWismaTemplatesTest {
  private static final Pages PAGES = new Pages();

  private static PageContext ctx(Language language, String path) {
    StaticAssets assets = new StaticAssets();
    assets.load();
    return new PageContext(language, "/ctx", "https://data.example.id", path, Map.of(), assets);
  }

  private static String render(PageContext ctx, View view) {
    return new String(PAGES.render(ctx, view), StandardCharsets.UTF_8);
  }

  private static DasaWismaView.Snapshot snapshot() {
    return new DasaWismaView.Snapshot(
        2024,
        "1 Desember 2026, 00.00 WIB",
        List.of(new BudgetYearView.Link("2024", "/ctx/dasawisma/2024", true)),
        List.of(
            new DasaWismaView.Dataset(
                "cakupan-dasawisma-2024", "/ctx/dataset/cakupan-dasawisma-2024", "Cakupan")),
        "Aturan singkat <b>tebal</b>",
        List.of("Paragraf satu.", "Paragraf dua."));
  }

  @Test
  void aWithheldCellReadsWithheldNeverZeroAndNamesAreEscaped() {
    DasaWismaView.Group group =
        new DasaWismaView.Group(
            "sensitif",
            List.of(
                new DasaWismaView.Figure("ibu_hamil", "Ibu hamil", "jiwa", "", null, true),
                new DasaWismaView.Figure("balita_l", "Balita laki-laki", "jiwa", "", 0L, false)));
    var view =
        new DasaWismaPageViews.Kecamatan(
            snapshot(),
            "35.22.01",
            "Ngraho <i>x</i>",
            new DasaWismaView.Coverage(
                0, "35.22.01", "Ngraho", null, 24, 40L, new BigDecimal("60")),
            List.of(group),
            List.of(
                new DasaWismaView.Coverage(
                    1,
                    "35.22.01.2001",
                    "Desa A",
                    "/ctx/dasawisma/2024/desa/35.22.01.2001",
                    20,
                    null,
                    null)),
            "<svg></svg>");
    String html = render(ctx(Language.ID, view.path()), View.of("dasawismaKecamatan.jte", view));
    assertTrue(html.contains("data-withheld=\"ibu_hamil\">ditahan</strong>"), html);
    assertTrue(html.contains("<data value=\"0\">0</data>"), html);
    assertTrue(html.contains("Ngraho &lt;i&gt;x&lt;/i&gt;"), html);
    assertFalse(html.contains("<i>x</i>"), html);
    assertTrue(html.contains("Aturan singkat &lt;b&gt;tebal&lt;/b&gt;"), html);
    assertTrue(html.contains("<details>"), html);
    assertTrue(html.contains("Data per 1 Desember 2026, 00.00 WIB."), html);
    assertTrue(html.contains("href=\"/ctx/dasawisma/2024/desa/35.22.01.2001\""), html);
    assertTrue(html.contains("aria-current=\"page\">Dasa Wisma</a>"), html);
  }

  @Test
  void aSmallDesaSaysItHasNoRowButShowsItsCoverage() {
    var view =
        new DasaWismaPageViews.Desa(
            snapshot(),
            "35.22.01.2002",
            "Desa Kecil",
            "desa",
            "Ngraho",
            "/ctx/dasawisma/2024/kecamatan/35.22.01",
            new DasaWismaView.Coverage(0, "35.22.01.2002", "Desa Kecil", null, 4, null, null),
            List.of(),
            10);
    String html = render(ctx(Language.EN, view.path()), View.of("dasawismaDesa.jte", view));
    assertTrue(html.contains("id=\"no-row\""), html);
    assertTrue(html.contains("fewer than 10 households"), html);
    assertTrue(html.contains("<data value=\"4\">4</data>"), html);
    assertTrue(html.contains("href=\"/ctx/dasawisma/2024/kecamatan/35.22.01\""), html);
  }
}
