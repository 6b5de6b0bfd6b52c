package id.terbuka.audit.domain;

import java.util.List;

/**
 * Writes an edit script as a unified diff, hunks with their line ranges as {@code diff -u} does.
 */
final class UnifiedFormat {
  private UnifiedFormat() {}

  static String write(List<ActivityDiff.Op> ops, String from, String to, int context) {
    StringBuilder out = new StringBuilder();
    out.append("--- ").append(from).append('\n').append("+++ ").append(to).append('\n');
    int k = 0;
    while (k < ops.size()) {
      int change = nextChange(ops, k);
      if (change < 0) {
        break;
      }
      int start = Math.max(k, change - context);
      int end = hunkEnd(ops, change, context);
      int oldLine = 1 + count(ops, 0, start, '+');
      int newLine = 1 + count(ops, 0, start, '-');
      int oldLen = count(ops, start, end, '+');
      int newLen = count(ops, start, end, '-');
      out.append("@@ -")
          .append(oldLine)
          .append(',')
          .append(oldLen)
          .append(" +")
          .append(newLine)
          .append(',')
          .append(newLen)
          .append(" @@\n");
      for (int i = start; i < end; i++) {
        out.append(ops.get(i).kind()).append(ops.get(i).line()).append('\n');
      }
      k = end;
    }
    return out.toString();
  }

  private static int nextChange(List<ActivityDiff.Op> ops, int from) {
    for (int i = from; i < ops.size(); i++) {
      if (ops.get(i).kind() != ' ') {
        return i;
      }
    }
    return -1;
  }

  /** Extends the hunk while the next change is within twice the context of the last one. */
  private static int hunkEnd(List<ActivityDiff.Op> ops, int change, int context) {
    int lastChange = change;
    for (int i = change + 1; i < ops.size(); i++) {
      if (ops.get(i).kind() != ' ') {
        lastChange = i;
      } else if (i - lastChange > 2 * context) {
        break;
      }
    }
    return Math.min(ops.size(), lastChange + context + 1);
  }

  /** Lines of the script in [from, to) that are not of kind {@code skip}. */
  private static int count(List<ActivityDiff.Op> ops, int from, int to, char skip) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (ops.get(i).kind() != skip) {
        n++;
      }
    }
    return n;
  }
}
