package id.terbuka.search.solr;

import id.terbuka.search.SearchDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The datasets both integration tests index: real Indonesian titles chosen to exercise the
 * stemmer's recall (derivations must meet) and its precision (unrelated words must not).
 */
final class Corpus {

  static final List<SearchDocument> DOCUMENTS = new ArrayList<>();
  static final Map<String, Long> VERSIONS = new HashMap<>();

  static {
    add(
        "ds-ekonomi",
        "Perekonomian Daerah",
        "Produk domestik regional bruto.",
        "bappeda",
        List.of("PDRB"),
        List.of("CSV"),
        "2023-06-01T00:00:00Z");
    add(
        "ds-penduduk",
        "Kependudukan 2024",
        "Jumlah jiwa per kecamatan.",
        "disdukcapil",
        List.of("Some tag", "demografi"),
        List.of("CSV", "XLSX"),
        "2024-02-01T00:00:00Z");
    add(
        "ds-anggaran",
        "Penganggaran Belanja Desa",
        "Alokasi dana desa.",
        "bappeda",
        List.of("apbdes"),
        List.of("PDF"),
        "2024-05-01T00:00:00Z");
    add(
        "ds-sekolah",
        "Sekolah Dasar Negeri",
        "Daftar satuan pendidikan.",
        "disdik",
        List.of("pendidikan"),
        List.of("CSV"),
        "2022-01-01T00:00:00Z");
    add(
        "ds-seko",
        "Seko Tengah Luwu Utara",
        "Profil wilayah pegunungan.",
        "bpbd",
        List.of(),
        List.of("PDF"),
        "2021-01-01T00:00:00Z");
    add(
        "ds-budget",
        "Regional budget summary",
        "English summary for investors.",
        "bappeda",
        List.of("english"),
        List.of("XLSX"),
        "2024-07-01T00:00:00Z");
    add(
        "ds-pajak",
        "Perpajakan Daerah",
        "Realisasi penerimaan.",
        "bapenda",
        List.of(),
        List.of("CSV"),
        "2024-01-15T00:00:00Z");
    add(
        "ds-pemerintahan",
        "Pemerintahan Desa",
        "Perangkat desa aktif.",
        "dpmd",
        List.of(),
        List.of("CSV"),
        "2023-01-01T00:00:00Z");
    add(
        "ds-pegawai",
        "Kepegawaian",
        "Aparatur sipil negara.",
        "bkpsdm",
        List.of(),
        List.of("CSV"),
        "2023-02-01T00:00:00Z");
    add(
        "ds-pengangguran",
        "Tingkat Pengangguran Terbuka",
        "Survei angkatan kerja.",
        "disnaker",
        List.of(),
        List.of("CSV"),
        "2023-03-01T00:00:00Z");
    add(
        "ds-antar",
        "Pengantar Statistik Sektoral",
        "Buku saku.",
        "diskominfo",
        List.of(),
        List.of("PDF"),
        "2023-04-01T00:00:00Z");
    add(
        "ds-kantor",
        "Daftar Kantor Kelurahan",
        "Alamat lengkap.",
        "dpmd",
        List.of(),
        List.of("CSV"),
        "2023-05-01T00:00:00Z");
    add(
        "ds-lahan",
        "Luas Lahan Sawah",
        "Per kecamatan.",
        "dinpertan",
        List.of(),
        List.of("CSV"),
        "2023-07-01T00:00:00Z");
    add(
        "ds-perlahan",
        "Kendaraan Berjalan Perlahan",
        "Hasil survei lalu lintas.",
        "dishub",
        List.of(),
        List.of("CSV"),
        "2023-08-01T00:00:00Z");
    add(
        "ds-masalah",
        "Penyandang Masalah Kesejahteraan Sosial",
        "PMKS per desa.",
        "dinsos",
        List.of(),
        List.of("CSV"),
        "2023-09-01T00:00:00Z");
    // Relevance: the same word in the title, in a tag, and only in the description.
    add(
        "rel-title",
        "Jaringan Irigasi",
        "Saluran primer.",
        "dpu",
        List.of(),
        List.of("CSV"),
        "2020-01-01T00:00:00Z");
    add(
        "rel-tag",
        "Saluran Tersier",
        "Panjang saluran.",
        "dpu",
        List.of("irigasi"),
        List.of("CSV"),
        "2020-01-02T00:00:00Z");
    add(
        "rel-notes",
        "Laporan Tahunan Dinas",
        "Memuat juga data irigasi desa.",
        "dpu",
        List.of(),
        List.of("CSV"),
        "2020-01-03T00:00:00Z");
  }

  private Corpus() {}

  static long countWithOrganization(String organization) {
    return DOCUMENTS.stream()
        .filter(d -> organization.equals(d.fields().get("organization")))
        .count();
  }

  static long countModifiedSince(Instant since) {
    return DOCUMENTS.stream()
        .filter(d -> !((Instant) d.fields().get("metadata_modified")).isBefore(since))
        .count();
  }

  private static void add(
      String id,
      String title,
      String notes,
      String organization,
      List<String> tags,
      List<String> formats,
      String modified) {
    long version = 100 + DOCUMENTS.size();
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("id", id);
    fields.put("index_version", version);
    fields.put("name", id);
    fields.put("title", title);
    fields.put("title_string", title.toLowerCase(java.util.Locale.ROOT));
    fields.put("notes", notes);
    fields.put("organization", organization);
    fields.put("tags", tags);
    fields.put("res_format", formats);
    fields.put("state", "active");
    fields.put("capacity", "public");
    fields.put("private", false);
    fields.put("dataset_type", "dataset");
    fields.put("metadata_created", Instant.parse("2020-01-01T00:00:00Z"));
    fields.put("metadata_modified", Instant.parse(modified));
    fields.put("permission_labels", List.of("public"));
    fields.put("tahun", List.of(2023, 2024));
    fields.put("data_dict", "{\"id\":\"" + id + "\"}");
    DOCUMENTS.add(new SearchDocument(fields));
    VERSIONS.put(id, version);
  }
}
