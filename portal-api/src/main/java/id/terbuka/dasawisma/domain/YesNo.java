package id.terbuka.dasawisma.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reading a yes/no cell. Cadres write it in many ways; accepted, case-insensitively: {@code
 * ya}/{@code tidak}, {@code y}/{@code t}, {@code 1}/{@code 0} and {@code true}/{@code false} (an
 * XLSX boolean cell arrives as the latter). {@code t} is {@code tidak}, not {@code true}: the
 * spellings are Indonesian first.
 */
public final class YesNo {
  public static final String YES = "ya";
  public static final String NO = "tidak";

  /** What the template offers. */
  public static final List<String> CHOICES = List.of(YES, NO);

  /** Every accepted spelling, as the problem message lists them. */
  public static final String SPELLINGS = "ya/tidak, y/t, 1/0, true/false";

  private static final Set<String> YES_SPELLINGS = Set.of("ya", "y", "1", "true");
  private static final Set<String> NO_SPELLINGS = Set.of("tidak", "t", "0", "false");

  private YesNo() {}

  /** True for yes, false for no, empty for anything else. */
  public static Optional<Boolean> parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (YES_SPELLINGS.contains(t)) {
      return Optional.of(true);
    }
    if (NO_SPELLINGS.contains(t)) {
      return Optional.of(false);
    }
    return Optional.empty();
  }

  /** The canonical spelling of a value. */
  public static String of(boolean value) {
    return value ? YES : NO;
  }
}
