package id.terbuka.dcat.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@code package_show} dict as the catalogue produces it, for the mapping's tests. */
final class DcatSamples {
  static final String SITE = "https://data.example.go.id";
  static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  private DcatSamples() {}

  static Map<String, Object> dataset() {
    Map<String, Object> org = new LinkedHashMap<>();
    org.put("id", "org-1");
    org.put("name", "dinas-kesehatan");
    org.put("title", "Dinas Kesehatan");
    org.put("kode_unit", "1.02.01");
    Map<String, Object> res = new LinkedHashMap<>();
    res.put("id", "res-1");
    res.put("url", SITE + "/dataset/ds-1/resource/res-1/download/gizi.csv");
    res.put("name", "Gizi 2024");
    res.put("description", "Per kecamatan");
    res.put("format", "CSV");
    res.put("mimetype", "text/csv");
    res.put("size", 1234);
    res.put("hash", "sha256:" + SHA);
    res.put("created", "2024-02-01T08:00:00.000001");
    res.put("last_modified", "2024-02-02T08:00:00");
    Map<String, Object> link = new LinkedHashMap<>();
    link.put("id", "res-2");
    link.put("url", "not a url");
    link.put("name", "Catatan");
    link.put("hash", "md5:abc");
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("id", "ds-1");
    d.put("name", "status-gizi");
    d.put("title", "Status Gizi Balita");
    d.put("notes", "Prevalensi gizi buruk <per> kecamatan & desa");
    d.put("organization", org);
    d.put("maintainer", "Seksi Gizi");
    d.put("maintainer_email", "gizi@example.go.id");
    d.put("license_url", "https://creativecommons.org/licenses/by/4.0/");
    d.put("metadata_created", "2024-01-01T00:00:00.000000");
    d.put("metadata_modified", "2024-03-01T10:20:30.123456");
    d.put("tags", List.of(Map.of("name", "gizi"), Map.of("name", "kesehatan")));
    d.put("groups", List.of(Map.of("name", "kesehatan")));
    d.put("resources", List.of(res, link));
    d.put("frekuensi", "triwulanan");
    d.put("cakupan_wilayah", List.of("35.22", "35.22.01"));
    d.put("cakupan_waktu_mulai", "2024-01-01");
    d.put("cakupan_waktu_selesai", "2024-12-31");
    d.put("produsen_data", "Bidang Kesmas");
    return d;
  }
}
