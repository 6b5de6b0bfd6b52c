package id.terbuka.budget.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * One account line of a unit's budget in a year (within one sub kegiatan or none): its anggaran
 * and, once {@link UnitYearBudget#realise} ran, its cumulative realisasi at each period's end
 * month. A parent's amounts are always the exact sums of its children's.
 */
final class AccountNode {
  final String code;
  final int segments;
  final String uraian;
  final List<AccountNode> children = new ArrayList<>(0);

  /** Anggaran in sen. */
  long anggaran;

  /** For a leaf: how it is spent over the year. */
  RealisationCurve curve;

  /** Cumulative realisasi in sen, one per end month of the year's periods (in month order). */
  long[] realisasi;

  AccountNode(String code, int segments, String uraian) {
    this.code = code;
    this.segments = segments;
    this.uraian = uraian;
  }

  boolean leaf() {
    return children.isEmpty();
  }

  AccountNode child(String code, String uraian) {
    AccountNode child = new AccountNode(code, segments + 1, uraian);
    children.add(child);
    return child;
  }

  /** How many lines this node and its descendants give down to {@code maxSegments}. */
  int lines(int maxSegments) {
    if (segments > maxSegments) {
      return 0;
    }
    int n = 1;
    for (AccountNode c : children) {
      n += c.lines(maxSegments);
    }
    return n;
  }
}
