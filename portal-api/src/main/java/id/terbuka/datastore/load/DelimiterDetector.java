package id.terbuka.datastore.load;

import java.util.HashMap;
import java.util.Map;

/**
 * Chooses {@code ,} {@code ;} or TAB by which one splits the first records into the same number of
 * fields, counting quotes so that a comma inside {@code "Bojonegoro, Jawa Timur"} or a decimal
 * comma inside a {@code ;} file does not mislead it.
 */
final class DelimiterDetector {
  static final int SAMPLE_RECORDS = 100;
  private static final char[] CANDIDATES = {',', ';', '\t'};

  private DelimiterDetector() {}

  /**
   * The delimiter for the sample text; {@code complete} says whether the sample is the whole file
   * (if not, its last record may be cut and is ignored). A file with one column gets a candidate
   * that does not occur in it, so that a decimal comma does not split its values.
   */
  static char detect(CharSequence sample, boolean complete) {
    char best = unused(sample, complete);
    double bestConsistency = -1;
    int bestFields = 1;
    for (char candidate : CANDIDATES) {
      int[] counts = fieldCounts(sample, candidate, complete);
      if (counts.length == 0) {
        continue;
      }
      int mode = mode(counts);
      if (mode < 2) {
        continue;
      }
      int agreeing = 0;
      for (int c : counts) {
        if (c == mode) {
          agreeing++;
        }
      }
      double consistency = (double) agreeing / counts.length;
      if (consistency > bestConsistency || (consistency == bestConsistency && mode > bestFields)) {
        best = candidate;
        bestConsistency = consistency;
        bestFields = mode;
      }
    }
    return best;
  }

  private static char unused(CharSequence sample, boolean complete) {
    for (char candidate : new char[] {'\t', ';', ','}) {
      boolean found = false;
      for (int count : fieldCounts(sample, candidate, complete)) {
        found |= count > 1;
      }
      if (!found) {
        return candidate;
      }
    }
    return ',';
  }

  private static int mode(int[] counts) {
    Map<Integer, Integer> frequency = new HashMap<>();
    int mode = 0;
    int modeFrequency = 0;
    for (int c : counts) {
      int f = frequency.merge(c, 1, Integer::sum);
      if (f > modeFrequency || (f == modeFrequency && c > mode)) {
        mode = c;
        modeFrequency = f;
      }
    }
    return mode;
  }

  /** Fields per record for the first records, honouring RFC 4180 quoting. */
  private static int[] fieldCounts(CharSequence text, char delimiter, boolean complete) {
    int[] counts = new int[SAMPLE_RECORDS];
    int records = 0;
    int fields = 1;
    boolean quoted = false;
    boolean recordHasContent = false;
    for (int i = 0; i < text.length() && records < SAMPLE_RECORDS; i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            i++;
          } else {
            quoted = false;
          }
        }
      } else if (c == '"') {
        quoted = true;
        recordHasContent = true;
      } else if (c == delimiter) {
        fields++;
        recordHasContent = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (recordHasContent) {
          counts[records++] = fields;
        }
        fields = 1;
        recordHasContent = false;
      } else {
        recordHasContent = true;
      }
    }
    if (complete && recordHasContent && records < SAMPLE_RECORDS) {
      counts[records++] = fields;
    }
    int[] result = new int[records];
    System.arraycopy(counts, 0, result, 0, records);
    return result;
  }
}
