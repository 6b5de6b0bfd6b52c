package id.terbuka.budget.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code datapackage.json} of a year's realisation files: a Frictionless Data Package whose
 * {@code model} follows the Open Fiscal Data Package (OpenSpending) so that fiscal tools know which
 * column is an amount (anggaran: approved; realisasi: executed), which is the administrative
 * classification (the unit) and which the economic classification (the account code).
 */
public final class FiscalDataPackage {
  private FiscalDataPackage() {}

  public static Map<String, Object> descriptor(int tahun, List<String> csvPaths) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("name", "realisasi-apbd-" + tahun);
    d.put("title", "Realisasi APBD Kabupaten Bojonegoro " + tahun);
    d.put("profile", "fiscal-data-package");
    d.put("fiscalPeriod", Map.of("start", tahun + "-01-01", "end", tahun + "-12-31"));
    d.put("countryCode", "ID");
    d.put("currency", "IDR");
    d.put("granularity", "aggregated");
    d.put(
        "licenses",
        List.of(Map.of("name", "CC-BY-4.0", "title", "Creative Commons Attribution 4.0")));
    List<Object> resources = new ArrayList<>();
    for (String path : csvPaths) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("name", path.replaceAll("\\.csv$", ""));
      r.put("path", path);
      r.put("format", "csv");
      r.put("mediatype", "text/csv");
      r.put("encoding", "utf-8");
      r.put("schema", Map.of("fields", fields()));
      resources.add(r);
    }
    d.put("resources", resources);
    d.put("model", model());
    return d;
  }

  private static List<Object> fields() {
    List<Object> fields = new ArrayList<>();
    for (String c : PublishedLine.COLUMNS) {
      String type =
          switch (c) {
            case "tahun" -> "integer";
            case "anggaran", "realisasi", "sisa", "persen" -> "number";
            default -> "string";
          };
      fields.add(Map.of("name", c, "type", type));
    }
    return fields;
  }

  private static Map<String, Object> model() {
    Map<String, Object> measures = new LinkedHashMap<>();
    measures.put("anggaran", measure("anggaran", "approved"));
    measures.put("realisasi", measure("realisasi", "executed"));
    Map<String, Object> dimensions = new LinkedHashMap<>();
    dimensions.put(
        "administrative-classification",
        dimension(
            "administrative", "kode_skpd", Map.of("kode_skpd", "code", "nama_skpd", "label")));
    dimensions.put(
        "economic-classification",
        dimension(
            "classification",
            "kode_rekening",
            Map.of("kode_rekening", "code", "uraian", "label", "kode_induk", "parent")));
    dimensions.put(
        "activity",
        dimension(
            "activity",
            "kode_sub_kegiatan",
            Map.of("kode_sub_kegiatan", "code", "nama_sub_kegiatan", "label")));
    dimensions.put(
        "date", dimension("datetime", "periode", Map.of("tahun", "year", "periode", "period")));
    return Map.of("measures", measures, "dimensions", dimensions);
  }

  /**
   * A measure; its direction (revenue or expenditure) follows the account's akun (4 pendapatan, 5
   * belanja, 6 pembiayaan), which the economic classification carries, so none is fixed here.
   */
  private static Map<String, Object> measure(String source, String phase) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source", source);
    m.put("currency", "IDR");
    m.put("phase", phase);
    return m;
  }

  private static Map<String, Object> dimension(
      String type, String primaryKey, Map<String, String> attributes) {
    Map<String, Object> attrs = new LinkedHashMap<>();
    attributes.forEach((column, role) -> attrs.put(column, Map.of("source", column, "role", role)));
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("dimensionType", type);
    d.put("primaryKey", primaryKey);
    d.put("attributes", attrs);
    return d;
  }
}
