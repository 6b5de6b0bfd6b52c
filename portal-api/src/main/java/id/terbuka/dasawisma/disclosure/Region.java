package id.terbuka.dasawisma.disclosure;

import java.util.Objects;

/**
 * One region of the hierarchy: its Kemendagri code, its parent's code ({@code null} for the
 * kabupaten) and its level.
 */
public record Region(String code, String parentCode, Level level) {

  public Region {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(level, "level");
    if (code.isBlank()) {
      throw new IllegalArgumentException("a region needs a code");
    }
    if ((parentCode == null) != (level == Level.KABUPATEN)) {
      throw new IllegalArgumentException(
          "region " + code + ": only a kabupaten has no parent, and a kabupaten has none");
    }
  }
}
