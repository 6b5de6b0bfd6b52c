package id.terbuka.dasawisma.disclosure;

import java.util.Arrays;

/**
 * A sparse vector of whole numbers (column -> coefficient), immutable, with columns sorted. Only
 * its direction matters to elimination, so every vector is kept divided by the greatest common
 * divisor of its coefficients: coefficients stay small and the arithmetic stays exact (an overflow
 * throws instead of rounding).
 */
final class IntVector {

  static final IntVector EMPTY = new IntVector(new int[0], new long[0]);

  private final int[] columns;
  private final long[] coefficients;

  private IntVector(int[] columns, long[] coefficients) {
    this.columns = columns;
    this.coefficients = coefficients;
  }

  /** A vector from parallel arrays in any column order; repeated columns are added up. */
  static IntVector of(int[] columns, long[] coefficients) {
    int[] order = sortedPositions(columns);
    int[] cols = new int[columns.length];
    long[] coefs = new long[columns.length];
    int size = 0;
    for (int position : order) {
      if (size > 0 && cols[size - 1] == columns[position]) {
        coefs[size - 1] = Math.addExact(coefs[size - 1], coefficients[position]);
      } else {
        cols[size] = columns[position];
        coefs[size++] = coefficients[position];
      }
    }
    return compact(cols, coefs, size);
  }

  static IntVector unit(int column) {
    return new IntVector(new int[] {column}, new long[] {1});
  }

  int size() {
    return columns.length;
  }

  boolean isEmpty() {
    return columns.length == 0;
  }

  int column(int position) {
    return columns[position];
  }

  long coefficient(int position) {
    return coefficients[position];
  }

  /** The coefficient at a column, 0 when the column is absent. */
  long get(int column) {
    int position = Arrays.binarySearch(columns, column);
    return position >= 0 ? coefficients[position] : 0;
  }

  /**
   * This vector with {@code column} eliminated by {@code pivot} (which must hold it): {@code
   * pivot[column] * this - this[column] * pivot}, rescaled.
   */
  IntVector eliminate(int column, IntVector pivot) {
    long own = get(column);
    if (own == 0) {
      return this;
    }
    return combine(pivot.get(column), this, Math.negateExact(own), pivot);
  }

  /** True when one vector is a non-zero multiple of the other (same support, same ratios). */
  boolean parallelTo(IntVector other) {
    if (columns.length != other.columns.length || columns.length == 0) {
      return false;
    }
    long a = coefficients[0];
    long b = other.coefficients[0];
    for (int i = 0; i < columns.length; i++) {
      if (columns[i] != other.columns[i]
          || Math.multiplyExact(coefficients[i], b)
              != Math.multiplyExact(other.coefficients[i], a)) {
        return false;
      }
    }
    return true;
  }

  private static IntVector combine(long a, IntVector x, long b, IntVector y) {
    int[] cols = new int[x.columns.length + y.columns.length];
    long[] coefs = new long[cols.length];
    int i = 0;
    int j = 0;
    int size = 0;
    while (i < x.columns.length || j < y.columns.length) {
      int cx = i < x.columns.length ? x.columns[i] : Integer.MAX_VALUE;
      int cy = j < y.columns.length ? y.columns[j] : Integer.MAX_VALUE;
      long value = 0;
      if (cx <= cy) {
        value = Math.multiplyExact(a, x.coefficients[i++]);
      }
      if (cy <= cx) {
        value = Math.addExact(value, Math.multiplyExact(b, y.coefficients[j++]));
      }
      cols[size] = Math.min(cx, cy);
      coefs[size] = value;
      size += value != 0 ? 1 : 0;
    }
    return compact(cols, coefs, size);
  }

  /** Drops zero coefficients, divides by the common divisor and makes the first one positive. */
  private static IntVector compact(int[] cols, long[] coefs, int size) {
    long divisor = 0;
    int kept = 0;
    for (int i = 0; i < size; i++) {
      if (coefs[i] != 0) {
        cols[kept] = cols[i];
        coefs[kept++] = coefs[i];
        divisor = gcd(divisor, Math.absExact(coefs[i]));
      }
    }
    if (kept == 0) {
      return EMPTY;
    }
    long scale = coefs[0] < 0 ? -divisor : divisor;
    for (int i = 0; i < kept; i++) {
      coefs[i] /= scale;
    }
    return new IntVector(Arrays.copyOf(cols, kept), Arrays.copyOf(coefs, kept));
  }

  private static int[] sortedPositions(int[] columns) {
    return java.util.stream.IntStream.range(0, columns.length)
        .boxed()
        .sorted((p, q) -> Integer.compare(columns[p], columns[q]))
        .mapToInt(Integer::intValue)
        .toArray();
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("[");
    for (int i = 0; i < columns.length; i++) {
      text.append(i == 0 ? "" : ", ").append(coefficients[i]).append('@').append(columns[i]);
    }
    return text.append(']').toString();
  }
}
