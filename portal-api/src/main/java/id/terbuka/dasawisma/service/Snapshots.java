package id.terbuka.dasawisma.service;

import id.terbuka.dasawisma.aggregate.Coverage;
import id.terbuka.dasawisma.aggregate.CoverageTrend;
import id.terbuka.dasawisma.aggregate.PublicTables;
import id.terbuka.dasawisma.aggregate.Snapshot;
import id.terbuka.dasawisma.domain.Household;
import id.terbuka.dasawisma.domain.HouseholdRowParser;
import id.terbuka.dasawisma.domain.Regions;
import id.terbuka.dasawisma.persistence.HouseholdStore;
import id.terbuka.dasawisma.persistence.SnapshotStore;
import id.terbuka.dasawisma.persistence.TargetStore;
import id.terbuka.identity.domain.Actor;
import id.terbuka.shared.ConflictException;
import id.terbuka.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public snapshots (issue 12, item 5): aggregates are published only from the households as
 * they stood at one instant, at most once per year of records and calendar month, so that no two
 * publications differ by one import. The monthly snapshot counts the households as they stood on
 * the first day at 00:00 WIB ({@link MonthlySnapshots} takes it); the walidata may publish the
 * current month's snapshot at once, as of the moment she asks, when the month has none yet.
 */
@ApplicationScoped
public class Snapshots {
  @Inject HouseholdStore households;
  @Inject TargetStore targets;
  @Inject SnapshotStore store;
  @Inject RegencyRegions regions;
  @Inject DasaWismaAccess access;
  @Inject DasaWismaPublisher publisher;

  /** A snapshot as the API shows it. */
  public record Taken(int tahun, YearMonth bulan, Instant asOf, int households) {}

  /** The walidata publishes the current month's snapshot now. */
  @Transactional
  public Taken publishNow(Actor actor, int tahun) {
    access.requireWalidata(actor);
    int thisYear = Year.now(DasaWismaSettings.ZONE).getValue();
    if (tahun < HouseholdRowParser.FIRST_YEAR || tahun > thisYear) {
      throw InvalidInputException.of(
          "tahun", "Must be a year from " + HouseholdRowParser.FIRST_YEAR + " to " + thisYear);
    }
    Instant now = Instant.now();
    YearMonth bulan = YearMonth.now(DasaWismaSettings.ZONE);
    return take(actor, new Snapshot(tahun, OffsetDateTime.ofInstant(now, Snapshot.WIB)), bulan)
        .orElseThrow(
            () ->
                new ConflictException(
                    "The snapshot of "
                        + bulan
                        + " for "
                        + tahun
                        + " is already published; the next one is taken on the first day of"
                        + " the next month"));
  }

  /**
   * The monthly snapshot of {@code bulan}: the households as they stood on its first day, 00:00
   * WIB. Empty when the month already has a snapshot (another node took it).
   */
  @Transactional
  public Optional<Taken> takeMonthly(Actor actor, int tahun, YearMonth bulan) {
    return take(actor, Snapshot.monthly(tahun, bulan), bulan);
  }

  /** The snapshots of a year, newest first (public: they say when, not what). */
  public List<Taken> list(int tahun) {
    return store.snapshots(tahun).stream()
        .map(s -> new Taken(s.tahun(), s.bulan(), s.asOf(), s.households()))
        .toList();
  }

  private Optional<Taken> take(Actor actor, Snapshot snapshot, YearMonth bulan) {
    int tahun = snapshot.tahun();
    Instant at = snapshot.at().toInstant();
    List<Household> asOf = new ArrayList<>();
    households.forEachAt(tahun, at, asOf::add);
    // The row first: a second node (or a second click) waits on its key, then finds it taken.
    boolean inserted =
        store.insert(
            new SnapshotStore.Snapshot(
                tahun, bulan, at, asOf.size(), actor.userId().orElseThrow(), Instant.now()));
    if (!inserted) {
      return Optional.empty();
    }
    Regions r = regions.regions();
    Map<String, Integer> byDesa = new HashMap<>();
    asOf.forEach(h -> byDesa.merge(h.key().kodeDesa(), 1, Integer::sum));
    Map<String, Integer> yearTargets = targets.targets(tahun);
    Integer regencyTarget =
        yearTargets.isEmpty() ? null : yearTargets.values().stream().mapToInt(i -> i).sum();
    CoverageTrend trend =
        CoverageTrend.of(
            MonthlyCounts.atEndOfMonths(
                households.versionSpans(tahun, at, DasaWismaSettings.ZONE.getId()),
                YearMonth.from(snapshot.at())),
            regencyTarget);
    publisher.publish(
        actor,
        access.organization(),
        bulan,
        new DasaWismaPublisher.Tables(
            snapshot,
            PublicTables.compute(r, asOf),
            Coverage.compute(r, byDesa, yearTargets),
            trend));
    return Optional.of(new Taken(tahun, bulan, at, asOf.size()));
  }
}
