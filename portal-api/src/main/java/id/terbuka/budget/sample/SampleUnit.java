package id.terbuka.budget.sample;

import java.util.Objects;

/**
 * A unit (SKPD) to generate lines for: its code and name as the file writes them, how its budget is
 * made up, and its size.
 *
 * @param belanjaJuta the unit's annual belanja anggaran around 2024, in millions of rupiah; other
 *     years drift from it by a few percent a year
 */
public record SampleUnit(String kodeSkpd, String namaSkpd, UnitRole role, long belanjaJuta) {
  public SampleUnit {
    Objects.requireNonNull(kodeSkpd);
    Objects.requireNonNull(namaSkpd);
    Objects.requireNonNull(role);
    if (belanjaJuta < 1) {
      throw new IllegalArgumentException("belanjaJuta must be at least 1: " + belanjaJuta);
    }
  }

  /**
   * The urusan and bidang urusan the unit's code starts with ({@code 1.02} for {@code
   * 1.02.0.00.0.00.01.0000}): the prefix of its sub kegiatan codes.
   */
  public String urusanBidang() {
    String[] parts = kodeSkpd.split("\\.");
    String urusan = parts[0].length() == 1 ? parts[0] : "9";
    String bidang = parts.length > 1 && parts[1].length() == 2 ? parts[1] : "01";
    return urusan + "." + bidang;
  }
}
