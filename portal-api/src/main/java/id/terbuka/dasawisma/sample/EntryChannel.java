package id.terbuka.dasawisma.sample;

/**
 * How a desa's households reached the portal over the demo's twelve months, as the cumulative share
 * of its final count entered by the end of each month (index 0 = the first month).
 *
 * <p>The brief's story, in Bojonegoro's words: online entry alone reached about a fifth of the
 * households, importing workbooks filled offline raised it to about two fifths soon after it
 * arrived, and to about two thirds by the end. So: desa with a good connection enter online from
 * the first month, fast at first and then tailing off; the others wait for the Excel import, which
 * arrives in the sixth month, and send whole group workbooks from then on; a few start only in the
 * last months.
 */
enum EntryChannel {
  /** One household at a time through the web form, from the first month. */
  ONLINE(new double[] {0.15, 0.30, 0.45, 0.58, 0.70, 0.76, 0.82, 0.87, 0.91, 0.95, 0.98, 1}),
  /** Whole group workbooks once the Excel import arrives (month index 5). */
  EXCEL(new double[] {0, 0, 0, 0, 0, 0.15, 0.35, 0.50, 0.65, 0.80, 0.92, 1}),
  /** Started in the last two months. */
  LATE(new double[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.5, 1});

  static final int MONTHS = 12;

  private final double[] cumulative;

  EntryChannel(double[] cumulative) {
    this.cumulative = cumulative;
  }

  /** Whether the desa sends whole groups at once (a workbook per group). */
  boolean byGroup() {
    return this != ONLINE;
  }

  /** The month index in which the {@code i}-th (from 0) of {@code n} households was entered. */
  int month(int i, int n) {
    for (int m = 0; m < MONTHS; m++) {
      if (Math.round(cumulative[m] * n) > i) {
        return m;
      }
    }
    return MONTHS - 1;
  }
}
