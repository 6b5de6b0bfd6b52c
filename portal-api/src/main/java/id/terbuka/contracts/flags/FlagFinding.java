package id.terbuka.contracts.flags;

import java.util.Objects;

/**
 * One red flag raised on one process, explained with its figures.
 *
 * @param flag the rule
 * @param explanationId the explanation in plain Indonesian
 * @param explanationEn the same in English
 */
public record FlagFinding(RedFlag flag, String explanationId, String explanationEn) {
  public FlagFinding {
    Objects.requireNonNull(flag, "flag");
    Objects.requireNonNull(explanationId, "explanationId");
    Objects.requireNonNull(explanationEn, "explanationEn");
  }
}
