package id.terbuka.reports.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The regency's calendar day of a stored UTC time: periods, due dates and deadlines are days in
 * Western Indonesian Time (UTC+7), the time the producers work in.
 */
public final class Wib {
  public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

  private Wib() {}

  public static LocalDate day(LocalDateTime utc) {
    return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(ZONE).toLocalDate();
  }
}
