package id.terbuka.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.terbuka.shared.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatasetJsonLdTest {
  private static Map<String, Object> dataset() {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("id", "id-1");
    d.put("name", "penduduk");
    d.put("title", "Penduduk </script><!-- & co");
    d.put("notes", "Jumlah **penduduk** per [kecamatan](javascript:alert(1)).");
    d.put("tags", List.of(Map.of("name", "kependudukan")));
    d.put("license_url", "https://creativecommons.org/licenses/by/4.0/");
    d.put("organization", Map.of("name", "dukcapil", "title", "Dinas Dukcapil"));
    d.put("metadata_created", "2024-05-01T03:15:02.123456");
    d.put("metadata_modified", "2024-06-01T00:00:00");
    d.put("cakupan_waktu_mulai", "2024-01-01");
    d.put("cakupan_waktu_selesai", null);
    d.put(
        "resources",
        List.of(
            Map.of("name", "Data", "url", "https://x/d.csv", "format", "csv"),
            Map.of("name", "Tanpa URL")));
    return d;
  }

  @Test
  void describesTheDatasetForDatasetSearch() {
    String text =
        DatasetJsonLd.of(
            dataset(),
            "https://s/dataset/penduduk",
            "https://s/dataset?organization=dukcapil",
            List.of("Bojonegoro"));
    @SuppressWarnings("unchecked")
    Map<String, Object> ld = (Map<String, Object>) Json.parse(text);
    assertEquals("Dataset", ld.get("@type"));
    assertEquals("Penduduk </script><!-- & co", ld.get("name"));
    assertEquals("Jumlah penduduk per kecamatan.", ld.get("description"));
    assertEquals("https://s/dataset/penduduk", ld.get("url"));
    assertEquals("id-1", ld.get("identifier"));
    assertEquals(List.of("kependudukan"), ld.get("keywords"));
    assertEquals("https://creativecommons.org/licenses/by/4.0/", ld.get("license"));
    assertEquals(
        Map.of(
            "@type",
            "Organization",
            "name",
            "Dinas Dukcapil",
            "url",
            "https://s/dataset?organization=dukcapil"),
        ld.get("publisher"));
    assertEquals(ld.get("publisher"), ld.get("creator"));
    assertEquals("2024-05-01T03:15:02Z", ld.get("datePublished"));
    assertEquals("2024-06-01T00:00:00Z", ld.get("dateModified"));
    assertEquals(Map.of("@type", "Place", "name", "Bojonegoro"), ld.get("spatialCoverage"));
    assertEquals("2024-01-01/..", ld.get("temporalCoverage"));
    assertEquals(
        List.of(
            Map.of(
                "@type",
                "DataDownload",
                "name",
                "Data",
                "contentUrl",
                "https://x/d.csv",
                "encodingFormat",
                "CSV")),
        ld.get("distribution"));
  }

  @Test
  void cannotCloseTheScriptElement() {
    String text = DatasetJsonLd.of(dataset(), "u", null, List.of());
    assertFalse(text.contains("<"), text);
    assertFalse(text.contains(">"), text);
    assertFalse(text.contains("&"), text);
  }
}
