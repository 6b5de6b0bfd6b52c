package id.terbuka.budget.domain;

/**
 * A kode sub kegiatan, {@code U.BB.PP.K.KK.SSSS}: urusan (1 digit), bidang urusan (2), program (2),
 * kegiatan ({@code K.KK}: 1 + 2 digits, K = 2 for a kabupaten) and sub kegiatan (4). Its prefixes
 * name the programme and activity the "penjelasan" view groups by.
 */
public record SubActivityCode(String code) implements Comparable<SubActivityCode> {
  private static final int[] WIDTHS = {1, 2, 2, 1, 2, 4};
  private static final String SHAPE = "U.BB.PP.K.KK.SSSS";

  public SubActivityCode {
    if (!wellFormed(code)) {
      throw new IllegalArgumentException("Not a sub kegiatan code (" + SHAPE + "): " + code);
    }
  }

  /** Reads a cell; fails with {@link BudgetProblem#MALFORMED_SUB_ACTIVITY_CODE}. */
  public static Parsed<SubActivityCode> parse(String text) {
    String code = text == null ? "" : text.strip();
    return wellFormed(code)
        ? Parsed.ok(new SubActivityCode(code))
        : Parsed.failed(BudgetProblem.MALFORMED_SUB_ACTIVITY_CODE);
  }

  private static boolean wellFormed(String code) {
    if (code == null) {
      return false;
    }
    String[] parts = code.split("\\.", -1);
    if (parts.length != WIDTHS.length) {
      return false;
    }
    for (int i = 0; i < parts.length; i++) {
      if (parts[i].length() != WIDTHS[i] || !parts[i].chars().allMatch(c -> c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  /** The urusan ({@code 1}). */
  public String urusan() {
    return prefix(1);
  }

  /** The bidang urusan ({@code 1.02}). */
  public String bidangUrusan() {
    return prefix(2);
  }

  /** The programme ({@code 1.02.02}). */
  public String program() {
    return prefix(3);
  }

  /** The activity ({@code 1.02.02.2.01}). */
  public String kegiatan() {
    return prefix(5);
  }

  private String prefix(int segments) {
    int end = -1;
    for (int i = 0; i < segments; i++) {
      end = code.indexOf('.', end + 1);
    }
    return code.substring(0, end);
  }

  @Override
  public int compareTo(SubActivityCode other) {
    // Fixed widths: text order is code order.
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
