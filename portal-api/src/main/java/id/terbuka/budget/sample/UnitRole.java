package id.terbuka.budget.sample;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a unit's belanja divides over the jenis of the chart of accounts, and whether it also carries
 * pendapatan or pembiayaan. The shares are the sample's own rough picture of a regency (personnel
 * heavy offices, capital heavy public works, the finance office paying grants, transfers to
 * villages and unforeseen spending), not figures from any report.
 */
public enum UnitRole {
  /** An ordinary office (dinas, badan, sekretariat). */
  OFFICE(shares("5.1.01", 45, "5.1.02", 42, "5.2.02", 8, "5.2.03", 4, "5.2.05", 1)),
  /** Schools: mostly teachers' pay, then operating costs and school buildings. */
  EDUCATION(shares("5.1.01", 64, "5.1.02", 21, "5.2.02", 4, "5.2.03", 11)),
  /** Public works: roads, irrigation and buildings. */
  WORKS(shares("5.1.01", 6, "5.1.02", 12, "5.2.02", 3, "5.2.03", 9, "5.2.04", 70)),
  /** Hospitals and health centres: services and equipment. */
  HOSPITAL(shares("5.1.01", 30, "5.1.02", 50, "5.2.02", 15, "5.2.03", 5)),
  /** Social affairs: social assistance to households. */
  SOCIAL(shares("5.1.01", 12, "5.1.02", 30, "5.1.06", 55, "5.2.02", 3)),
  /** A kecamatan office. */
  DISTRICT(shares("5.1.01", 62, "5.1.02", 33, "5.2.02", 5)),
  /**
   * The finance office (BPKAD): grants, social assistance, unforeseen spending and transfers to
   * villages; also the regency's pendapatan other than taxes and levies, and its pembiayaan.
   */
  FINANCE(
      shares(
          "5.1.01", 4, "5.1.02", 3, "5.1.05", 26, "5.1.06", 5, "5.2.02", 1, "5.3.01", 5, "5.4.01",
          3, "5.4.02", 53)),
  /** The revenue office (Bapenda): its own offices, and the regency's taxes and levies. */
  REVENUE(shares("5.1.01", 40, "5.1.02", 55, "5.2.02", 5));

  private final Map<String, Integer> belanjaShares;

  UnitRole(Map<String, Integer> belanjaShares) {
    this.belanjaShares = belanjaShares;
  }

  /** Jenis code to its share (in percent) of the unit's belanja, in code order. */
  public Map<String, Integer> belanjaShares() {
    return belanjaShares;
  }

  private static Map<String, Integer> shares(Object... codeThenPercent) {
    Map<String, Integer> shares = new LinkedHashMap<>();
    int total = 0;
    for (int i = 0; i < codeThenPercent.length; i += 2) {
      int percent = (Integer) codeThenPercent[i + 1];
      shares.put((String) codeThenPercent[i], percent);
      total += percent;
    }
    if (total != 100) {
      throw new IllegalStateException("Shares add up to " + total + ", not 100");
    }
    return Collections.unmodifiableMap(shares);
  }
}
