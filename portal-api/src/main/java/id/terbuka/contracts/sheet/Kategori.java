package id.terbuka.contracts.sheet;

import id.terbuka.imports.domain.Vocabulary;
import java.util.List;
import java.util.Optional;

/**
 * {@code kategori}: the kind of procurement (Perpres 16/2018) and its OCDS categories. Consultancy
 * is OCDS {@code services}, named more precisely by the extended category {@code
 * consultingServices}.
 */
public enum Kategori {
  BARANG("barang", "goods", null),
  PEKERJAAN_KONSTRUKSI("pekerjaan_konstruksi", "works", null),
  JASA_KONSULTANSI("jasa_konsultansi", "services", "consultingServices"),
  JASA_LAINNYA("jasa_lainnya", "services", null);

  private final String code;
  private final String mainCategory;
  private final String additionalCategory;

  Kategori(String code, String mainCategory, String additionalCategory) {
    this.code = code;
    this.mainCategory = mainCategory;
    this.additionalCategory = additionalCategory;
  }

  /** The cell's value. */
  public String code() {
    return code;
  }

  /** {@code tender.mainProcurementCategory}. */
  public String mainProcurementCategory() {
    return mainCategory;
  }

  /** {@code tender.additionalProcurementCategories}'s one entry, if any. */
  public Optional<String> additionalProcurementCategory() {
    return Optional.ofNullable(additionalCategory);
  }

  public static Optional<Kategori> parse(String text) {
    return Vocabulary.find(values(), Kategori::code, text);
  }

  public static List<String> codes() {
    return Vocabulary.codes(values(), Kategori::code);
  }
}
