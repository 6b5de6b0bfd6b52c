package id.terbuka.audit.domain;

import id.terbuka.shared.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The difference between two versions of an object's dict, as CKAN's {@code activity_diff} gives it
 * (a unified diff of the dicts written as indented JSON with sorted keys) and as people read it
 * (the top-level fields that changed, with their values before and after).
 */
public final class ActivityDiff {
  /** Fields every change touches: listing them would hide what really changed. */
  private static final java.util.Set<String> BOOKKEEPING =
      java.util.Set.of("metadata_modified", "revision_id");

  /** Longest text, in lines, compared line by line; longer ones are shown as replaced whole. */
  static final int MAX_LINES = 2000;

  private ActivityDiff() {}

  /**
   * One changed field.
   *
   * @param field the dict key
   * @param before its value before, as JSON text (null when absent)
   * @param after its value after, as JSON text (null when absent)
   */
  public record FieldChange(String field, String before, String after) {}

  /** The top-level fields whose values differ, by name, leaving out bookkeeping fields. */
  public static List<FieldChange> fields(Map<String, Object> before, Map<String, Object> after) {
    Map<String, Object> b = before == null ? Map.of() : before;
    Map<String, Object> a = after == null ? Map.of() : after;
    List<FieldChange> changes = new ArrayList<>();
    for (String key : new TreeSet<>(union(b, a))) {
      if (BOOKKEEPING.contains(key)) {
        continue;
      }
      String was = b.containsKey(key) ? pretty(b.get(key)) : null;
      String now = a.containsKey(key) ? pretty(a.get(key)) : null;
      boolean same =
          b.containsKey(key) == a.containsKey(key)
              && Objects.equals(
                  pretty(withoutBookkeeping(b.get(key))), pretty(withoutBookkeeping(a.get(key))));
      if (!same) {
        changes.add(new FieldChange(key, was, now));
      }
    }
    return changes;
  }

  /**
   * A unified diff ({@code ---}/{@code +++} headers, {@code @@} hunks with {@code context} lines
   * around each change) of the two dicts written by {@link #pretty}; empty when they are equal.
   */
  public static String unified(
      Map<String, Object> before, Map<String, Object> after, String fromLabel, String toLabel) {
    List<String> x = lines(pretty(before));
    List<String> y = lines(pretty(after));
    if (x.equals(y)) {
      return "";
    }
    List<Op> ops = x.size() > MAX_LINES || y.size() > MAX_LINES ? replaced(x, y) : lcs(x, y);
    return UnifiedFormat.write(ops, fromLabel, toLabel, 3);
  }

  /** The value with bookkeeping fields left out at every depth (a resource has its own too). */
  private static Object withoutBookkeeping(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> kept = new TreeMap<>();
      map.forEach(
          (k, v) -> {
            if (!BOOKKEEPING.contains(String.valueOf(k))) {
              kept.put(String.valueOf(k), withoutBookkeeping(v));
            }
          });
      return kept;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(ActivityDiff::withoutBookkeeping).toList();
    }
    return value;
  }

  /** JSON with two-space indentation and sorted object keys: stable text to compare. */
  public static String pretty(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, "");
    return out.toString();
  }

  @SuppressWarnings("unchecked")
  private static void write(Object value, StringBuilder out, String indent) {
    if (value instanceof Map<?, ?> map && !map.isEmpty()) {
      TreeMap<String, Object> sorted = new TreeMap<>();
      map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
      out.append("{\n");
      int i = 0;
      for (Map.Entry<String, Object> e : sorted.entrySet()) {
        out.append(indent).append("  ").append(Json.write(e.getKey())).append(": ");
        write(e.getValue(), out, indent + "  ");
        out.append(++i < sorted.size() ? ",\n" : "\n");
      }
      out.append(indent).append('}');
    } else if (value instanceof List<?> list && !list.isEmpty()) {
      out.append("[\n");
      for (int i = 0; i < list.size(); i++) {
        out.append(indent).append("  ");
        write(list.get(i), out, indent + "  ");
        out.append(i + 1 < list.size() ? ",\n" : "\n");
      }
      out.append(indent).append(']');
    } else {
      out.append(Json.write(value));
    }
  }

  private static java.util.Set<String> union(Map<String, Object> a, Map<String, Object> b) {
    java.util.Set<String> keys = new TreeSet<>(a.keySet());
    keys.addAll(b.keySet());
    return keys;
  }

  private static List<String> lines(String text) {
    return List.of(text.split("\n", -1));
  }

  /**
   * One line of the edit script: kept ({@code ' '}), removed ({@code '-'}) or added ({@code '+'}).
   */
  record Op(char kind, String line) {}

  private static List<Op> replaced(List<String> x, List<String> y) {
    List<Op> ops = new ArrayList<>();
    x.forEach(l -> ops.add(new Op('-', l)));
    y.forEach(l -> ops.add(new Op('+', l)));
    return ops;
  }

  /** The shortest edit script by the longest common subsequence of lines. */
  private static List<Op> lcs(List<String> x, List<String> y) {
    int n = x.size();
    int m = y.size();
    int[][] len = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        len[i][j] =
            x.get(i).equals(y.get(j))
                ? len[i + 1][j + 1] + 1
                : Math.max(len[i + 1][j], len[i][j + 1]);
      }
    }
    List<Op> ops = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      if (x.get(i).equals(y.get(j))) {
        ops.add(new Op(' ', x.get(i++)));
        j++;
      } else if (len[i + 1][j] >= len[i][j + 1]) {
        ops.add(new Op('-', x.get(i++)));
      } else {
        ops.add(new Op('+', y.get(j++)));
      }
    }
    while (i < n) {
      ops.add(new Op('-', x.get(i++)));
    }
    while (j < m) {
      ops.add(new Op('+', y.get(j++)));
    }
    return ops;
  }
}
