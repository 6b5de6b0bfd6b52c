package id.terbuka.dasawisma.disclosure;

import java.util.Objects;

/** An indicator (a column of the published tables) and how it is protected. */
public record Indicator(String code, Sensitivity sensitivity) {

  public Indicator {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(sensitivity, "sensitivity");
    if (code.isBlank()) {
      throw new IllegalArgumentException("an indicator needs a code");
    }
  }
}
