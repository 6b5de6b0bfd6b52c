package id.terbuka.web;

import id.terbuka.shared.Json;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A dataset as schema.org {@code Dataset} JSON-LD, the description Google Dataset Search reads,
 * made from {@code package_show}'s dict. The text is safe inside {@code <script
 * type="application/ld+json">}: {@code <}, {@code >} and {@code &} are written as JSON escapes, so
 * no title or description can close the script element or open a comment.
 */
public final class DatasetJsonLd {
  private DatasetJsonLd() {}

  /**
   * @param url the dataset page's canonical URL
   * @param organizationUrl the publishing unit's page, or null
   * @param regionNames the names of the regions the data covers
   */
  public static String of(
      Map<String, Object> d, String url, String organizationUrl, List<String> regionNames) {
    Map<String, Object> ld = new LinkedHashMap<>();
    ld.put("@context", "https://schema.org/");
    ld.put("@type", "Dataset");
    String title = Dicts.text(d, "title");
    ld.put("name", title == null ? Dicts.text(d, "name") : title);
    // Plain text, as a reader sees it: no Markdown syntax, link targets or raw HTML.
    String description = Markdown.summary(Dicts.text(d, "notes"), 5000);
    ld.put("description", description.isEmpty() ? ld.get("name") : description);
    ld.put("url", url);
    ld.put("identifier", Dicts.text(d, "id"));
    put(ld, "version", Dicts.text(d, "version"));
    List<String> keywords = keywords(d);
    if (!keywords.isEmpty()) {
      ld.put("keywords", keywords);
    }
    String licenseUrl = Dicts.text(d, "license_url");
    put(ld, "license", licenseUrl != null ? licenseUrl : Dicts.text(d, "license_title"));
    ld.put("isAccessibleForFree", true);
    Map<String, Object> org = Dicts.map(d, "organization");
    if (Dicts.text(org, "title") != null) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("@type", "Organization");
      o.put("name", Dicts.text(org, "title"));
      put(o, "url", organizationUrl);
      ld.put("creator", o);
      ld.put("publisher", o);
    }
    put(ld, "datePublished", instant(Dicts.text(d, "metadata_created")));
    put(ld, "dateModified", instant(Dicts.text(d, "metadata_modified")));
    putCoverage(ld, d, regionNames);
    List<Map<String, Object>> distribution = distribution(d);
    if (!distribution.isEmpty()) {
      ld.put("distribution", distribution);
    }
    return scriptSafe(Json.write(ld));
  }

  /** The tags' names. */
  private static List<String> keywords(Map<String, Object> d) {
    List<String> keywords = new ArrayList<>();
    Dicts.maps(d, "tags").forEach(t -> keywords.add(Dicts.text(t, "name")));
    keywords.removeIf(k -> k == null);
    return keywords;
  }

  /** Where and when the data applies: the regions as places, the years as an interval. */
  private static void putCoverage(
      Map<String, Object> ld, Map<String, Object> d, List<String> regionNames) {
    if (!regionNames.isEmpty()) {
      List<Map<String, Object>> places = new ArrayList<>();
      for (String region : regionNames) {
        places.add(Map.of("@type", "Place", "name", region));
      }
      ld.put("spatialCoverage", places.size() == 1 ? places.get(0) : places);
    }
    String from = Dicts.text(d, "cakupan_waktu_mulai");
    String to = Dicts.text(d, "cakupan_waktu_selesai");
    if (from != null || to != null) {
      // ISO 8601 interval; ".." is an open end.
      ld.put("temporalCoverage", (from == null ? ".." : from) + "/" + (to == null ? ".." : to));
    }
  }

  /** Each resource with a URL as a {@code DataDownload}. */
  private static List<Map<String, Object>> distribution(Map<String, Object> d) {
    List<Map<String, Object>> distribution = new ArrayList<>();
    for (Map<String, Object> r : Dicts.maps(d, "resources")) {
      String contentUrl = Dicts.text(r, "url");
      if (contentUrl == null) {
        continue;
      }
      Map<String, Object> dl = new LinkedHashMap<>();
      dl.put("@type", "DataDownload");
      put(dl, "name", Dicts.text(r, "name"));
      dl.put("contentUrl", contentUrl);
      String mimetype = Dicts.text(r, "mimetype");
      String format = Dicts.text(r, "format");
      put(
          dl,
          "encodingFormat",
          mimetype != null ? mimetype : format == null ? null : format.toUpperCase(Locale.ROOT));
      distribution.add(dl);
    }
    return distribution;
  }

  /**
   * JSON text that cannot end a {@code <script>} element: the three characters HTML reacts to occur
   * only inside JSON strings, where their {@code \\u} escapes mean the same.
   */
  static String scriptSafe(String json) {
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }

  /** A CKAN timestamp (UTC without zone) as ISO 8601 with {@code Z}; null when unreadable. */
  private static String instant(String ckanUtc) {
    if (ckanUtc == null) {
      return null;
    }
    try {
      return LocalDateTime.parse(ckanUtc)
          .truncatedTo(ChronoUnit.SECONDS)
          .atOffset(ZoneOffset.UTC)
          .toInstant()
          .toString();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static void put(Map<String, Object> m, String key, Object value) {
    if (value != null) {
      m.put(key, value);
    }
  }
}
