package id.terbuka.dasawisma.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IntVectorTest {

  @Test
  void repeatedColumnsAddUpZerosDropAndTheCommonDivisorGoes() {
    IntVector vector = IntVector.of(new int[] {7, 2, 7, 4}, new long[] {-4, -2, -2, 0});
    assertEquals("[1@2, 3@7]", vector.toString());
  }

  @Test
  void eliminationIsExact() {
    IntVector row = IntVector.of(new int[] {1, 2}, new long[] {3, 2});
    IntVector pivot = IntVector.of(new int[] {1, 3}, new long[] {2, 5});
    // 2 * (3x1 + 2x2) - 3 * (2x1 + 5x3) = 4x2 - 15x3
    assertEquals("[4@2, -15@3]", row.eliminate(1, pivot).toString());
    assertTrue(row.eliminate(1, row).isEmpty());
    assertEquals(row, row.eliminate(9, pivot));
  }

  @Test
  void parallelMeansTheSameDirection() {
    IntVector a = IntVector.of(new int[] {1, 2}, new long[] {1, -2});
    assertTrue(a.parallelTo(IntVector.of(new int[] {1, 2}, new long[] {-3, 6})));
    assertFalse(a.parallelTo(IntVector.of(new int[] {1, 2}, new long[] {1, 2})));
    assertFalse(a.parallelTo(IntVector.of(new int[] {1, 3}, new long[] {1, -2})));
    assertFalse(IntVector.EMPTY.parallelTo(IntVector.EMPTY));
  }

  @Test
  void anOverflowThrowsInsteadOfRounding() {
    IntVector big = IntVector.of(new int[] {1, 2}, new long[] {Long.MAX_VALUE / 2, 1});
    IntVector other = IntVector.of(new int[] {1, 2}, new long[] {3, Long.MAX_VALUE / 3});
    assertThrows(ArithmeticException.class, () -> big.eliminate(1, other));
  }
}
