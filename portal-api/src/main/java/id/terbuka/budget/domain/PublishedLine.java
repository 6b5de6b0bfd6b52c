package id.terbuka.budget.domain;

import id.terbuka.datastore.dump.FormulaGuard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A line as the generated files publish it: the imported columns plus what a reader would compute
 * (the account level, the parent code, sisa and persen). Text cells that a spreadsheet would run as
 * a formula are written with a leading apostrophe.
 */
public final class PublishedLine {
  public static final List<String> COLUMNS =
      List.of(
          "tahun",
          "periode",
          "kode_skpd",
          "nama_skpd",
          "kode_sub_kegiatan",
          "nama_sub_kegiatan",
          "kode_rekening",
          "level",
          "kode_induk",
          "uraian",
          "anggaran",
          "realisasi",
          "sisa",
          "persen");

  private PublishedLine() {}

  /** The CSV cells, in {@link #COLUMNS} order. */
  public static String[] cells(BudgetLine l) {
    List<String> c = new ArrayList<>(COLUMNS.size());
    for (Object v : values(l).values()) {
      c.add(v == null ? "" : v instanceof String s ? FormulaGuard.text(s) : v.toString());
    }
    return c.toArray(String[]::new);
  }

  /** The JSON record: amounts as numbers, absent values as null. */
  public static Map<String, Object> record(BudgetLine l) {
    return values(l);
  }

  private static Map<String, Object> values(BudgetLine l) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("tahun", l.tahun());
    m.put("periode", l.periode().code());
    m.put("kode_skpd", l.kodeSkpd());
    m.put("nama_skpd", l.namaSkpd());
    m.put("kode_sub_kegiatan", l.kodeSubKegiatan().isEmpty() ? null : l.kodeSubKegiatan());
    m.put("nama_sub_kegiatan", l.subKegiatan().map(SubActivity::name).orElse(null));
    m.put("kode_rekening", l.kodeRekening().code());
    m.put("level", l.level().jsonName());
    m.put("kode_induk", l.kodeRekening().parent().map(AccountCode::code).orElse(null));
    m.put("uraian", l.uraian());
    m.put("anggaran", l.anggaran());
    m.put("realisasi", l.realisasi());
    m.put("sisa", l.sisa());
    BigDecimal persen = l.persen().orElse(null);
    m.put("persen", persen);
    return m;
  }
}
