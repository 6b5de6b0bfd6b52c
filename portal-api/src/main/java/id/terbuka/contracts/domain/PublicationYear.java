package id.terbuka.contracts.domain;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The year a contracting process is published under ({@code kontrak-pengadaan-{tahun}}): the year
 * of its tender announcement (tender period start); for a process without a tender (a direct
 * procurement), the year of its earliest award decision or contract (signature or start); else of
 * its plan (the first planning release, dated at its import when the plan carries no date), else of
 * its first release. Read in WIB, the regency's time.
 */
public final class PublicationYear {
  private static final ZoneOffset WIB = ZoneOffset.ofHours(7);

  private PublicationYear() {}

  /**
   * @param compiled the process's compiled release
   * @param releases its releases, oldest first
   */
  public static int of(JsonNode compiled, List<StoredRelease> releases) {
    Optional<Integer> tender = year(compiled.path("tender").path("tenderPeriod").path("startDate"));
    if (tender.isPresent()) {
      return tender.get();
    }
    Optional<Integer> decided = earliestDecision(compiled);
    if (decided.isPresent()) {
      return decided.get();
    }
    return releases.stream()
        .filter(r -> r.tags().stream().anyMatch(t -> t.startsWith("planning")))
        .findFirst()
        .or(() -> releases.stream().findFirst())
        .map(r -> r.date().atOffset(WIB).getYear())
        .orElseThrow(() -> new IllegalArgumentException("A process without releases has no year"));
  }

  private static Optional<Integer> earliestDecision(JsonNode compiled) {
    Optional<OffsetDateTime> earliest = Optional.empty();
    for (JsonNode award : compiled.path("awards")) {
      earliest = earlier(earliest, award.path("date"));
    }
    for (JsonNode contract : compiled.path("contracts")) {
      earliest = earlier(earliest, contract.path("dateSigned"));
      earliest = earlier(earliest, contract.path("period").path("startDate"));
    }
    return earliest.map(d -> d.atZoneSameInstant(WIB).getYear());
  }

  private static Optional<OffsetDateTime> earlier(Optional<OffsetDateTime> so, JsonNode date) {
    Optional<OffsetDateTime> d = parse(date);
    if (d.isEmpty()) {
      return so;
    }
    return so.isPresent() && so.get().isBefore(d.get()) ? so : d;
  }

  private static Optional<OffsetDateTime> parse(JsonNode date) {
    if (!date.isString()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(date.asString()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<Integer> year(JsonNode date) {
    if (!date.isString()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(date.asString()).atZoneSameInstant(WIB).getYear());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
