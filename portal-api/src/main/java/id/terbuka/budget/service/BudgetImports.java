package id.terbuka.budget.service;

import id.terbuka.budget.domain.AccountRollup;
import id.terbuka.budget.domain.BudgetColumns;
import id.terbuka.budget.domain.BudgetFileCheck;
import id.terbuka.budget.domain.BudgetLine;
import id.terbuka.budget.domain.BudgetLineParser;
import id.terbuka.budget.domain.ChartOfAccounts;
import id.terbuka.budget.domain.Period;
import id.terbuka.budget.domain.PeriodRealisation;
import id.terbuka.budget.domain.PreviousRealisation;
import id.terbuka.budget.domain.SliceContent;
import id.terbuka.budget.domain.SliceTotals;
import id.terbuka.budget.persistence.BudgetStore;
import id.terbuka.catalog.service.GroupService;
import id.terbuka.imports.domain.ColumnSpec;
import id.terbuka.imports.domain.ImportMessages;
import id.terbuka.imports.domain.ImportReport;
import id.terbuka.imports.domain.Problems;
import id.terbuka.imports.read.ImportFileReader;
import id.terbuka.imports.service.ImportHandler;
import id.terbuka.imports.service.ImportRequest;
import id.terbuka.shared.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The APBD realisation import (issue 10): every row parsed, the file's own rules checked, then each
 * slice ({@code tahun, periode, kode_skpd}) compared with its current stored version; a changed
 * slice is written as a new version and the year's dataset regenerated.
 */
@ApplicationScoped
public class BudgetImports implements ImportHandler<BudgetImports.Checked> {
  public static final String KIND = "budget";
  private static final ImportMessages MESSAGES =
      ImportMessages.of("id/terbuka/budget/domain/problems");

  @Inject BudgetStore store;
  @Inject GroupService groups;
  @Inject BudgetPublisher publisher;

  private final AccountRollup rollup = new AccountRollup(ChartOfAccounts.bundled());

  /** A checked file: its lines by slice, in file order. */
  public record Checked(long rows, Map<SliceContent.Key, SliceContent> slices) {
    List<Integer> years() {
      return new ArrayList<>(new TreeSet<>(slices.keySet().stream().map(k -> k.tahun()).toList()));
    }
  }

  /** The year's generated datasets are publications: they wait for the walidata's review. */
  @Override
  public boolean waitsForReview() {
    return true;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public List<ColumnSpec> columns() {
    return BudgetColumns.ALL;
  }

  @Override
  public ImportMessages messages() {
    return MESSAGES;
  }

  @Override
  public Checked prepare(ImportRequest request, Path file, Problems problems) {
    BudgetLineParser parser = new BudgetLineParser(Year.now(ZoneOffset.UTC).getValue());
    List<BudgetLine> lines = new ArrayList<>();
    Map<String, String> headers = new HashMap<>();
    long rows =
        ImportFileReader.standard()
            .read(
                file,
                columns(),
                problems,
                row -> {
                  if (headers.isEmpty()) {
                    headers.putAll(row.headers());
                  }
                  parser.parse(row, problems).ifPresent(lines::add);
                });
    Map<String, GroupService.Unit> units = groups.unitsByCode();
    new BudgetFileCheck(units::containsKey, previousRealisations(lines), headers)
        .check(lines, problems);
    return new Checked(rows, SliceContent.group(lines));
  }

  @Override
  public long rows(Checked checked) {
    return checked.rows();
  }

  @Override
  public List<String> datasets(Checked checked) {
    return checked.years().stream().map(BudgetPublisher::datasetName).toList();
  }

  @Override
  public ImportReport.Summary preview(Checked checked) {
    return compare(checked, (slice, current) -> {});
  }

  @Override
  public ImportReport.Summary apply(Checked checked, ImportRequest request, String importId) {
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    List<Integer> changedYears = new ArrayList<>();
    ImportReport.Summary summary =
        compare(
            checked,
            (slice, current) -> {
              int version = current.map(c -> c.version() + 1).orElse(1);
              store.addVersion(
                  new BudgetStore.Slice(
                      UUID.randomUUID().toString(),
                      slice.key().tahun(),
                      slice.key().periode(),
                      slice.key().kodeSkpd(),
                      slice.namaSkpd(),
                      version,
                      true,
                      importId,
                      slice.contentHash(),
                      slice.lines().size(),
                      Json.write(SliceTotals.of(slice.lines(), rollup).toStored()),
                      now),
                  slice.lines());
              if (!changedYears.contains(slice.key().tahun())) {
                changedYears.add(slice.key().tahun());
              }
            });
    for (int tahun : changedYears) {
      publisher.publish(request.actor(), request.organization(), tahun, importId);
    }
    return summary;
  }

  private interface ChangedSlice {
    void write(SliceContent slice, Optional<BudgetStore.Slice> current);
  }

  /** Counts what the file does to the stored rows, calling {@code changed} per changed slice. */
  private ImportReport.Summary compare(Checked checked, ChangedSlice changed) {
    Map<Integer, Map<SliceContent.Key, BudgetStore.Slice>> currentByYear = new HashMap<>();
    long inserted = 0;
    long replaced = 0;
    long unchanged = 0;
    long removed = 0;
    for (SliceContent slice : checked.slices().values()) {
      Optional<BudgetStore.Slice> current =
          Optional.ofNullable(
              currentByYear
                  .computeIfAbsent(slice.key().tahun(), this::currentSlices)
                  .get(slice.key()));
      if (current.isPresent() && current.get().contentHash().equals(slice.contentHash())) {
        unchanged += slice.lines().size();
        continue;
      }
      SliceContent.Diff diff = slice.diff(current.map(store::lines).orElse(List.of()));
      inserted += diff.inserted();
      replaced += diff.replaced();
      unchanged += diff.unchanged();
      removed += diff.removed();
      changed.write(slice, current);
    }
    return new ImportReport.Summary(inserted, replaced, unchanged, removed);
  }

  private Map<SliceContent.Key, BudgetStore.Slice> currentSlices(int tahun) {
    Map<SliceContent.Key, BudgetStore.Slice> byKey = new LinkedHashMap<>();
    for (BudgetStore.Slice s : store.currentSlices(tahun)) {
      byKey.put(new SliceContent.Key(s.tahun(), s.periode(), s.kodeSkpd()), s);
    }
    return byKey;
  }

  /**
   * The stored realisations the file's lines are compared with (cumulative figures should not
   * fall): for each unit and year in the file, the current slices of periods the file does not
   * carry, loaded once.
   */
  private PreviousRealisation previousRealisations(List<BudgetLine> lines) {
    Map<String, StoredRealisations> stored = new HashMap<>();
    Map<Integer, List<BudgetStore.Slice>> byYear = new HashMap<>();
    java.util.Set<SliceContent.Key> inFile = new java.util.HashSet<>();
    for (BudgetLine l : lines) {
      inFile.add(new SliceContent.Key(l.tahun(), l.periode(), l.kodeSkpd()));
    }
    java.util.Set<String> units = new java.util.HashSet<>();
    for (SliceContent.Key k : inFile) {
      units.add(k.tahun() + "|" + k.kodeSkpd());
    }
    for (String unit : units) {
      int tahun = Integer.parseInt(unit.substring(0, unit.indexOf('|')));
      for (BudgetStore.Slice s : byYear.computeIfAbsent(tahun, store::currentSlices)) {
        SliceContent.Key key = new SliceContent.Key(s.tahun(), s.periode(), s.kodeSkpd());
        if (unit.equals(s.tahun() + "|" + s.kodeSkpd()) && !inFile.contains(key)) {
          for (BudgetLine l : store.lines(s)) {
            stored
                .computeIfAbsent(
                    lineKey(l.tahun(), l.kodeSkpd(), l.kodeSubKegiatan(), l.kodeRekening().code()),
                    k -> new StoredRealisations())
                .put(l.periode(), l.realisasi());
          }
        }
      }
    }
    if (stored.isEmpty()) {
      return PreviousRealisation.NONE;
    }
    return (tahun, kodeSkpd, sub, rekening, periode) ->
        Optional.ofNullable(stored.get(lineKey(tahun, kodeSkpd, sub, rekening.code())))
            .flatMap(p -> p.latestBefore(periode));
  }

  private static String lineKey(int tahun, String kodeSkpd, String sub, String rekening) {
    return tahun + "|" + kodeSkpd + "|" + sub + "|" + rekening;
  }

  /** A line's stored realisations by period. */
  private static final class StoredRealisations {
    private final java.util.TreeMap<Period, java.math.BigDecimal> byPeriod =
        new java.util.TreeMap<>();

    void put(Period p, java.math.BigDecimal realisasi) {
      byPeriod.put(p, realisasi);
    }

    Optional<PeriodRealisation> latestBefore(Period periode) {
      return byPeriod.descendingMap().entrySet().stream()
          .filter(e -> e.getKey().endsBefore(periode))
          .findFirst()
          .map(e -> new PeriodRealisation(e.getKey(), e.getValue()));
    }
  }
}
