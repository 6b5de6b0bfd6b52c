package id.terbuka.feedback.domain;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a dataset's readers answered: the number of answers of each kind and their shares in whole
 * percent. Shares are rounded by largest remainder, so they always add up to 100 (plain rounding
 * shows 33 + 33 + 33 for three equal answers).
 */
public record SatisfactionSummary(long total, Map<Satisfaction, Long> counts) {
  public SatisfactionSummary {
    EnumMap<Satisfaction, Long> copy = new EnumMap<>(Satisfaction.class);
    for (Satisfaction s : Satisfaction.values()) {
      copy.put(s, counts.getOrDefault(s, 0L));
    }
    counts = java.util.Collections.unmodifiableMap(copy);
  }

  public static SatisfactionSummary of(Map<Satisfaction, Long> counts) {
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    return new SatisfactionSummary(total, counts);
  }

  /** The number of each answer by its code, best answer first (the report's {@code counts}). */
  public Map<String, Object> countsByCode() {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Satisfaction s : Satisfaction.values()) {
      out.put(s.code(), count(s));
    }
    return out;
  }

  /** The share of each answer by its code, best answer first (the report's {@code percent}). */
  public Map<String, Object> percentByCode() {
    Map<Satisfaction, Integer> shares = percentages();
    Map<String, Object> out = new LinkedHashMap<>();
    for (Satisfaction s : Satisfaction.values()) {
      out.put(s.code(), shares.get(s));
    }
    return out;
  }

  public long count(Satisfaction s) {
    return counts.get(s);
  }

  /** Whole percent of {@code s}; 0 when nobody answered. */
  public int percent(Satisfaction s) {
    return percentages().get(s);
  }

  public Map<Satisfaction, Integer> percentages() {
    Map<Satisfaction, Integer> out = new EnumMap<>(Satisfaction.class);
    if (total == 0) {
      for (Satisfaction s : Satisfaction.values()) {
        out.put(s, 0);
      }
      return out;
    }
    int given = 0;
    long[] remainders = new long[Satisfaction.values().length];
    for (Satisfaction s : Satisfaction.values()) {
      long scaled = counts.get(s) * 100;
      out.put(s, (int) (scaled / total));
      given += (int) (scaled / total);
      remainders[s.ordinal()] = scaled % total;
    }
    // Hand the missing points to the largest remainders (ties: the better answer first).
    for (int left = 100 - given; left > 0; left--) {
      int best = -1;
      for (int i = 0; i < remainders.length; i++) {
        if (remainders[i] > 0 && (best < 0 || remainders[i] > remainders[best])) {
          best = i;
        }
      }
      Satisfaction s = Satisfaction.values()[best];
      out.put(s, out.get(s) + 1);
      remainders[best] = 0;
    }
    return out;
  }
}
