package id.terbuka.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.shared.FieldErrors;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResourceRulesTest {
  private static Resource resource() {
    return new Resource("r1", new Dataset("d1", "ds", LocalDateTime.now()), LocalDateTime.now());
  }

  private static Resource applied(Map<String, Object> dict) {
    Resource r = resource();
    FieldErrors errors = new FieldErrors();
    ResourceRules.apply(dict, r, false, errors);
    assertTrue(errors.isEmpty());
    return r;
  }

  @ParameterizedTest
  @CsvSource({
    "text/csv, CSV, text/csv",
    "csv, CSV, text/csv",
    " Csv , CSV, text/csv",
    "application/json, JSON, application/json",
    "xlsx, XLSX, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "geojson, GeoJSON, application/geo+json",
    "application/geo+json, GeoJSON, application/geo+json",
    "shp, SHP, ",
  })
  void formatsAreNormalised(String given, String format, String mimetype) {
    Resource r = applied(Map.of("format", given));
    assertEquals(format, r.format);
    assertEquals(mimetype, r.mimetype);
  }

  @Test
  void formatGuessedFromMimetypeThenUrl() {
    assertEquals("JSON", applied(Map.of("mimetype", "application/json")).format);
    assertEquals("XLSX", applied(Map.of("url", "https://x.org/a/laporan.xlsx?v=2#top")).format);
    assertNull(applied(Map.of("url", "https://x.org/dir.v2/data")).format);
    assertNull(applied(Map.of("url", "https://x.org/file.unknownext")).format);
  }

  @Test
  void unknownKeysAreExtrasAndManagedKeysIgnored() {
    Map<String, Object> dict = new LinkedHashMap<>();
    dict.put("id", "other");
    dict.put("position", 7);
    dict.put("kolom", "SIPD");
    dict.put("struktur", Map.of("a", 1));
    Resource r = applied(dict);
    assertEquals("r1", r.id);
    assertEquals(Map.of("kolom", "SIPD", "struktur", "{\"a\":1}"), r.extras);
  }

  @Test
  void replaceClearsWhatIsLeftOut() {
    Resource r = applied(Map.of("name", "a", "description", "b", "x", "y", "size", "12"));
    FieldErrors errors = new FieldErrors();
    ResourceRules.apply(Map.of("url", "https://x.org/a.csv"), r, true, errors);
    assertNull(r.name);
    assertNull(r.description);
    assertNull(r.size);
    assertEquals(Map.of(), r.extras);
    assertEquals("CSV", r.format);
  }

  @Test
  void uploadKeepsItsFileFactsOnReplace() {
    Resource r = resource();
    r.urlType = "upload";
    r.url = "data.csv";
    r.size = 10L;
    r.hash = "sha256:" + "a".repeat(64);
    FieldErrors errors = new FieldErrors();
    ResourceRules.apply(Map.of("name", "baru"), r, true, errors);
    assertEquals("data.csv", r.url);
    assertEquals(10L, r.size);
    assertEquals("upload", r.urlType);
    // The download URL a client sends back is stored as the file name.
    ResourceRules.apply(
        Map.of("url", "http://site/dataset/d1/resource/r1/download/lain.csv"), r, true, errors);
    assertEquals("lain.csv", r.url);
    assertTrue(errors.isEmpty());
  }

  @Test
  void badNumbersAndDatesAreFieldErrors() {
    FieldErrors errors = new FieldErrors();
    ResourceRules.apply(
        Map.of("size", "besar", "last_modified", "kemarin"), resource(), false, errors);
    assertTrue(errors.has("size"));
    assertTrue(errors.has("last_modified"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://example.org/data.csv",
        "HTTP://EXAMPLE.ORG/A.CSV",
        "http://example.org/path with space.csv",
        "ftp://files.example.org/x.zip",
        "https://user@example.org:8443/x?y=1#z"
      })
  void linksToWebAddressesAreAccepted(String url) {
    Resource r = applied(Map.of("url", url));
    FieldErrors errors = new FieldErrors();
    ResourceRules.checkLink(r, errors);
    assertTrue(errors.isEmpty(), url);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:msgbox",
        "file:///etc/passwd",
        "//example.org/x.csv",
        "example.org/x.csv",
        "https://",
        "https:///path"
      })
  void otherLinksAreRefused(String url) {
    Resource r = applied(Map.of("url", url));
    FieldErrors errors = new FieldErrors();
    ResourceRules.checkLink(r, errors);
    assertTrue(errors.has("url"), url);
  }

  @org.junit.jupiter.api.Test
  void controlCharactersInsideTheSchemeDoNotSlipThrough() {
    Resource r = applied(Map.of("url", "jav\tascript:alert(1)"));
    FieldErrors errors = new FieldErrors();
    ResourceRules.checkLink(r, errors);
    assertTrue(errors.has("url"));
    Resource newline = applied(Map.of("url", "https://example.org/\njavascript:x"));
    FieldErrors more = new FieldErrors();
    ResourceRules.checkLink(newline, more);
    assertTrue(more.has("url"));
  }

  @org.junit.jupiter.api.Test
  void uploadsAndDataStoreTablesAreNotLinks() {
    Resource upload = applied(Map.of("url", "data.csv"));
    upload.urlType = "upload";
    FieldErrors errors = new FieldErrors();
    ResourceRules.checkLink(upload, errors);
    Resource table = applied(Map.of("url_type", "datastore"));
    ResourceRules.checkLink(table, errors);
    assertTrue(errors.isEmpty());
  }
}
