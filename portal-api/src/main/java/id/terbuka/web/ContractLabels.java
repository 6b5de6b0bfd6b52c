package id.terbuka.web;

import java.util.List;

/**
 * The reader's words for the codes of the contracts search: methods, categories, OCDS statuses, red
 * flags, party roles and release tags ({@code contracts.{kind}.{code}} in the message bundles). A
 * code without a text (an OCDS value from another publisher) shows as it is.
 */
final class ContractLabels {
  /** The spreadsheet's methods, in the order the form offers them. */
  static final List<String> METHODS =
      List.of(
          "tender",
          "tender_cepat",
          "seleksi",
          "pengadaan_langsung",
          "penunjukan_langsung",
          "e_purchasing",
          "swakelola");

  static final List<String> CATEGORIES =
      List.of("barang", "pekerjaan_konstruksi", "jasa_konsultansi", "jasa_lainnya");

  /** OCDS tender, award and contract statuses, in process order. */
  static final List<String> STATUSES =
      List.of(
          "planning",
          "planned",
          "active",
          "pending",
          "complete",
          "unsuccessful",
          "cancelled",
          "terminated");

  static final List<String> FLAGS =
      List.of(
          "single_bidder",
          "short_tender_period",
          "award_near_estimate",
          "contract_splitting",
          "contract_amended_up");

  /** The facets whose values are codes with texts; the others (names, years) show as they are. */
  private static final List<String> CODED = List.of("method", "category", "status", "flag");

  private ContractLabels() {}

  /** The text of {@code code} of {@code kind} (method, category, status, flag, role, tag). */
  static String label(PageContext ctx, String kind, String code) {
    if (code == null || code.isEmpty()) {
      return "";
    }
    String key = "contracts." + kind + "." + code;
    return ctx.messages().has(key) ? ctx.t(key) : code;
  }

  /** A facet value as the reader sees it. */
  static String facetLabel(PageContext ctx, String field, String value) {
    return CODED.contains(field) ? label(ctx, field, value) : value;
  }
}
