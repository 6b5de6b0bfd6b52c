package id.terbuka.web;

import java.util.Locale;

/**
 * The views of a unit's budget page, chosen by {@code ?tab=}: one view per page keeps it small on a
 * slow connection and makes each view bookmarkable and printable by itself; {@code semua} shows all
 * three at once, for printing the whole banner. A missing or unknown value is the summary.
 */
public enum BudgetTab {
  RINGKASAN,
  PENJELASAN,
  REALISASI,
  SEMUA;

  /** The value in URLs ({@code ringkasan}). */
  public String param() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether this tab shows the view {@code view} (SEMUA shows every view). */
  public boolean shows(BudgetTab view) {
    return this == view || this == SEMUA;
  }

  public static BudgetTab parse(String text) {
    if (text != null) {
      for (BudgetTab t : values()) {
        if (t.param().equals(text.strip().toLowerCase(Locale.ROOT))) {
          return t;
        }
      }
    }
    return RINGKASAN;
  }
}
