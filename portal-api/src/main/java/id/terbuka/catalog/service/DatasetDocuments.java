package id.terbuka.catalog.service;

import id.terbuka.catalog.domain.CatalogDicts;
import id.terbuka.catalog.domain.Dataset;
import id.terbuka.catalog.domain.DatasetAccess;
import id.terbuka.search.SearchDocument;
import id.terbuka.shared.Json;
import id.terbuka.shared.Timestamps;
import id.terbuka.usage.domain.UsageTotals;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds a dataset's search document from its CKAN dict: CKAN's index fields (so facets and {@code
 * fq} behave the same), our Satu Data fields, permission labels, and the dict itself in {@code
 * data_dict} so that {@code package_search} needs no database round trip.
 */
final class DatasetDocuments {
  /**
   * Years of coverage indexed per dataset at most (a 1900-2100 range should not make 200 terms).
   */
  private static final int MAX_YEARS = 60;

  private DatasetDocuments() {}

  /**
   * @param usage the dataset's views and downloads so far (sort fields {@code popularity}, {@code
   *     views_total}, {@code downloads_total})
   */
  @SuppressWarnings("unchecked")
  static SearchDocument of(Dataset d, CatalogDicts dicts, UsageTotals usage) {
    Map<String, Object> dict = dicts.dataset(d);
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("id", d.id());
    f.put("index_version", d.revision());
    f.put("name", dict.get("name"));
    f.put("title", dict.get("title"));
    f.put("title_string", ((String) dict.get("title")).toLowerCase(Locale.ROOT));
    putIfPresent(f, "notes", dict.get("notes"));
    f.put("state", dict.get("state"));
    boolean isPrivate = Boolean.TRUE.equals(dict.get("private"));
    f.put("private", isPrivate);
    f.put("capacity", isPrivate ? "private" : "public");
    f.put("dataset_type", dict.get("type"));
    putIfPresent(f, "creator_user_id", dict.get("creator_user_id"));
    putIfPresent(f, "license_id", dict.get("license_id"));
    Map<String, Object> org = (Map<String, Object>) dict.get("organization");
    if (org != null) {
      f.put("organization", org.get("name"));
      f.put("organization_title", org.get("title"));
    }
    f.put("tags", names((List<Map<String, Object>>) dict.get("tags"), "name"));
    f.put("groups", names((List<Map<String, Object>>) dict.get("groups"), "name"));
    List<Map<String, Object>> resources = (List<Map<String, Object>>) dict.get("resources");
    f.put("res_format", names(resources, "format"));
    f.put("res_name", names(resources, "name"));
    f.put("res_description", names(resources, "description"));
    f.put("res_url", names(resources, "url"));
    f.put("metadata_created", instant(dict.get("metadata_created")));
    f.put("metadata_modified", instant(dict.get("metadata_modified")));
    f.put("permission_labels", DatasetAccess.labelsOf(d));
    f.put("cakupan_wilayah", dict.get("cakupan_wilayah"));
    f.put("tahun", years(dict.get("cakupan_waktu_mulai"), dict.get("cakupan_waktu_selesai")));
    putIfPresent(f, "frekuensi", dict.get("frekuensi"));
    putIfPresent(f, "produsen_data", dict.get("produsen_data"));
    putIfPresent(f, "satuan", dict.get("satuan"));
    for (Map<String, Object> extra : (List<Map<String, Object>>) dict.get("extras")) {
      String key = extra.get("key").toString().replaceAll("[^A-Za-z0-9_]", "_");
      putIfPresent(f, "extras_" + key, extra.get("value"));
    }
    // Usage (issue 4, item 5; ADR 0009): kept current by the usage flush, which queues the dataset.
    f.put("views_total", usage.views());
    f.put("downloads_total", usage.downloads());
    f.put("popularity", usage.popularity());
    f.put("data_dict", Json.write(dict));
    return new SearchDocument(f);
  }

  private static void putIfPresent(Map<String, Object> f, String key, Object value) {
    if (value != null && !(value instanceof String s && s.isBlank())) {
      f.put(key, value);
    }
  }

  private static List<String> names(List<Map<String, Object>> items, String key) {
    List<String> out = new ArrayList<>();
    for (Map<String, Object> item : items) {
      Object v = item.get(key);
      if (v != null && !v.toString().isBlank()) {
        out.add(v.toString());
      }
    }
    return out;
  }

  private static Instant instant(Object ckanTimestamp) {
    return Timestamps.instant(LocalDateTime.parse(ckanTimestamp.toString()));
  }

  /** The calendar years the coverage period touches (the {@code tahun} facet). */
  static List<Integer> years(Object start, Object end) {
    if (start == null && end == null) {
      return List.of();
    }
    int from = LocalDate.parse((start != null ? start : end).toString()).getYear();
    int to = LocalDate.parse((end != null ? end : start).toString()).getYear();
    List<Integer> years = new ArrayList<>();
    for (int y = Math.max(from, to - MAX_YEARS + 1); y <= to; y++) {
      years.add(y);
    }
    return years;
  }
}
