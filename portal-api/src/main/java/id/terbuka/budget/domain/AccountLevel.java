package id.terbuka.budget.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The depth of an account code: how many of its six segments it has. */
public enum AccountLevel {
  AKUN,
  KELOMPOK,
  JENIS,
  OBJEK,
  RINCIAN_OBJEK,
  SUB_RINCIAN_OBJEK;

  /** The name in JSON, CSV and the {@code level} query parameter ({@code rincian_objek}). */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The number of segments a code at this level has (1 for akun .. 6). */
  public int segments() {
    return ordinal() + 1;
  }

  public static AccountLevel ofSegments(int segments) {
    return values()[segments - 1];
  }

  /** The level of a JSON name, exactly as {@link #jsonName()} writes it. */
  public static Optional<AccountLevel> fromJson(String name) {
    return Stream.of(values()).filter(l -> l.jsonName().equals(name)).findFirst();
  }
}
