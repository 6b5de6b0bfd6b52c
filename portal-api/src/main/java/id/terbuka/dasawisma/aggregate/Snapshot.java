package id.terbuka.dasawisma.aggregate;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Which publication a file belongs to: the year of the records and the instant the households were
 * taken as they stood (public figures come only from such snapshots, never from one import).
 *
 * @param tahun the year of the household records
 * @param at the instant of the snapshot
 */
public record Snapshot(int tahun, OffsetDateTime at) {

  /** Western Indonesian Time, the regency's. */
  public static final ZoneOffset WIB = ZoneOffset.ofHours(7);

  private static final DateTimeFormatter TEXT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

  public Snapshot {
    Objects.requireNonNull(at, "at");
  }

  /** The monthly snapshot: the first day of {@code month}, 00:00 WIB. */
  public static Snapshot monthly(int tahun, YearMonth month) {
    return new Snapshot(tahun, month.atDay(1).atStartOfDay().atOffset(WIB));
  }

  /**
   * The instant as the JSON writes it, seconds always included: {@code 2026-12-01T00:00:00+07:00}.
   */
  public String atText() {
    return TEXT.format(at);
  }
}
