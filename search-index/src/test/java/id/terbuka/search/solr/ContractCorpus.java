package id.terbuka.search.solr;

import id.terbuka.search.SearchDocument;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seven contracting processes of one regency, as the contracts explorer indexes them: values from
 * different stages (one with cents, one with none at all), a joint venture with two suppliers, red
 * flags, three years. The sums the tests expect are worked out by hand in the comments.
 */
final class ContractCorpus {

  static final String PU = "Dinas Pekerjaan Umum";
  static final String DIKNAS = "Dinas Pendidikan";
  static final String DINKES = "Dinas Kesehatan";
  static final String MAJU = "CV Maju Jaya";
  static final String SINAR = "PT Sinar Komputer";
  static final String RANCANG = "PT Rancang Bangun";

  static final List<SearchDocument> DOCUMENTS = new ArrayList<>();

  static {
    add("1001", "Pembangunan Jalan Desa Sukorejo", "Pengaspalan jalan poros desa 2 km.")
        .buyer("ID-SKPD-1.03", PU)
        .suppliers(List.of("ID-NPWP-011111111111000"), List.of(MAJU))
        .process("tender", "pekerjaan_konstruksi", "kontrak", 2024)
        .value("contract", new BigDecimal("1250000000"))
        .date("2024-05-10T01:00:00Z")
        .flags("single_bidder")
        .done();
    add("1002", "Pengadaan Laptop Sekolah Dasar", "Laptop untuk 40 sekolah dasar negeri.")
        .buyer("ID-SKPD-1.01", DIKNAS)
        .suppliers(List.of("ID-NPWP-022222222222000"), List.of(SINAR))
        .process("e_purchasing", "barang", "penetapan", 2024)
        .value("award", new BigDecimal("450000000.50"))
        .date("2024-03-01T02:00:00Z")
        .flags("award_near_estimate")
        .done();
    add("1003", "Pemeliharaan Jalan Kabupaten", "Tambal sulam ruas Bojonegoro - Dander.")
        .buyer("ID-SKPD-1.03", PU)
        .suppliers(List.of("ID-NPWP-011111111111000"), List.of(MAJU))
        .process("pengadaan_langsung", "pekerjaan_konstruksi", "kontrak", 2024)
        .value("contract", new BigDecimal("180000000"))
        .date("2024-06-01T03:00:00Z")
        .flags("contract_splitting")
        .done();
    add("1004", "Perbaikan Drainase Jalan", "Saluran tepi jalan di Kecamatan Dander.")
        .buyer("ID-SKPD-1.03", PU)
        .suppliers(List.of("ID-NPWP-011111111111000"), List.of(MAJU))
        .process("pengadaan_langsung", "pekerjaan_konstruksi", "kontrak", 2024)
        .value("contract", new BigDecimal("190000000"))
        .date("2024-06-15T04:00:00Z")
        .flags("contract_splitting")
        .done();
    add("1005", "Jasa Konsultansi Perencanaan Puskesmas", "Perencanaan gedung rawat inap.")
        .buyer("ID-SKPD-1.02", DINKES)
        .suppliers(
            List.of("ID-NPWP-033333333333000", "ID-NPWP-011111111111000"), List.of(RANCANG, MAJU))
        .process("seleksi", "jasa_konsultansi", "selesai", 2023)
        .value("contract", new BigDecimal("300000000"))
        .date("2023-11-20T05:00:00Z")
        .flags()
        .done();
    add("1006", "Rencana Pengadaan Ambulans", "Ambulans untuk puskesmas keliling.")
        .buyer("ID-SKPD-1.02", DINKES)
        .suppliers(List.of(), List.of())
        .process("tender", "barang", "direncanakan", 2025)
        .value("planning", new BigDecimal("900000000"))
        .date("2025-01-05T06:00:00Z")
        .flags()
        .done();
    add("1007", "Swakelola Pelatihan Kader Posyandu", "Pelatihan oleh dinas sendiri.")
        .buyer("ID-SKPD-1.02", DINKES)
        .suppliers(List.of(), List.of())
        .process("swakelola", "jasa_lainnya", "direncanakan", 2024)
        .date("2024-02-02T07:00:00Z")
        .flags()
        .done();
  }

  /** Sum of every value: 1,250 + 450.0000005 + 180 + 190 + 300 + 900 million (1007 has none). */
  static final BigDecimal TOTAL = new BigDecimal("3270000000.5");

  static String ocid(String kodeRup) {
    return "ocds-b0j0n9-" + kodeRup;
  }

  private ContractCorpus() {}

  private static Builder add(String kodeRup, String title, String description) {
    return new Builder(kodeRup, title, description);
  }

  /** One process's document, field by field in the order the explorer fills them. */
  private static final class Builder {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    Builder(String kodeRup, String title, String description) {
      fields.put("id", ocid(kodeRup));
      fields.put("index_version", 1L);
      fields.put("ocid", ocid(kodeRup));
      fields.put("title", title);
      fields.put("description", description);
    }

    Builder buyer(String id, String name) {
      fields.put("buyer_id", id);
      fields.put("buyer", name);
      return this;
    }

    Builder suppliers(List<String> ids, List<String> names) {
      fields.put("supplier_id", ids);
      fields.put("supplier", names);
      return this;
    }

    Builder process(String method, String category, String status, int year) {
      fields.put("method", method);
      fields.put("category", category);
      fields.put("status", status);
      fields.put("year", year);
      return this;
    }

    Builder value(String source, BigDecimal amount) {
      fields.put("value", amount);
      fields.put("value_source", source);
      fields.put(source + "_value", amount);
      return this;
    }

    Builder date(String instant) {
      fields.put("date", Instant.parse(instant));
      return this;
    }

    Builder flags(String... flags) {
      fields.put("flag", List.of(flags));
      return this;
    }

    void done() {
      DOCUMENTS.add(new SearchDocument(fields));
    }
  }
}
