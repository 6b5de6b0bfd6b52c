package id.terbuka.dasawisma.service;

import id.terbuka.catalog.service.GroupService;
import id.terbuka.dasawisma.domain.Household;
import id.terbuka.dasawisma.domain.HouseholdColumns;
import id.terbuka.dasawisma.domain.HouseholdContent;
import id.terbuka.dasawisma.domain.HouseholdKey;
import id.terbuka.dasawisma.domain.HouseholdProblem;
import id.terbuka.dasawisma.domain.HouseholdRowParser;
import id.terbuka.dasawisma.domain.IdentityColumns;
import id.terbuka.dasawisma.domain.RoleGrants;
import id.terbuka.dasawisma.persistence.HouseholdStore;
import id.terbuka.identity.domain.Actor;
import id.terbuka.imports.domain.ColumnSpec;
import id.terbuka.imports.domain.ImportMessages;
import id.terbuka.imports.domain.ImportReport;
import id.terbuka.imports.domain.Problems;
import id.terbuka.imports.read.ImportFileReader;
import id.terbuka.imports.service.ImportHandler;
import id.terbuka.imports.service.ImportRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The household workbook import (issue 12, items 2 and 3), through the shared import contract: the
 * identity columns are blanked before the header is read (never stored, reported), every row is
 * checked, each row's desa must be one the sender is a cadre of, and then each household is
 * compared with its stored version by content hash: new ones are inserted, changed ones replaced by
 * a new version, equal ones left alone. A household missing from the file is kept; a household the
 * cadre removed stays removed (the row is skipped with a warning).
 *
 * <p>Nothing is published by an import: public figures come only from monthly snapshots, so that no
 * two publications differ by one cadre's file. The uploaded workbook is not kept (it may carry
 * names and NIK), and its report is shown to its sender only.
 */
@ApplicationScoped
public class HouseholdImports implements ImportHandler<HouseholdImports.Checked> {
  public static final String KIND = "dasawisma";
  private static final ImportMessages MESSAGES = ImportMessages.of(HouseholdProblem.MESSAGES);

  @Inject HouseholdStore store;
  @Inject RegencyRegions regions;
  @Inject DasaWismaAccess access;

  /** A checked file: its households in file order. */
  public record Checked(long rows, List<Household> households) {}

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public List<ColumnSpec> columns() {
    return HouseholdColumns.ALL;
  }

  @Override
  public ImportMessages messages() {
    return MESSAGES;
  }

  @Override
  public Optional<GroupService.Unit> importingOrganization(Actor actor) {
    access.requireAnyCadre(actor);
    return Optional.of(access.organization());
  }

  @Override
  public boolean keepsAcceptedFile() {
    return false;
  }

  @Override
  public boolean reportsPrivateToSender() {
    return true;
  }

  @Override
  public Checked prepare(ImportRequest request, Path file, Problems problems) {
    RoleGrants grants = access.grants(request.actor());
    HouseholdRowParser parser =
        new HouseholdRowParser(regions.regions(), Year.now(DasaWismaSettings.ZONE).getValue());
    List<Household> households = new ArrayList<>();
    Map<HouseholdKey, Long> rowOf = new HashMap<>();
    long rows =
        ImportFileReader.standard()
            .screeningHeader(IdentityColumns::screen)
            .read(
                file,
                columns(),
                problems,
                row ->
                    parser
                        .parse(row, problems)
                        .ifPresent(
                            h -> {
                              String desa = h.key().kodeDesa();
                              if (grants.mayEnter(desa)) {
                                households.add(h);
                                rowOf.put(h.key(), row.number());
                              } else {
                                problems.error(
                                    row.problem(
                                        HouseholdColumns.KODE_DESA,
                                        HouseholdProblem.DESA_NOT_ASSIGNED.code(),
                                        desa));
                              }
                            }));
    if (!problems.hasErrors()) {
      warnRemoved(households, rowOf, problems);
    }
    return new Checked(rows, households);
  }

  /** Households the cadre removed stay removed; their rows are skipped with a warning. */
  private void warnRemoved(
      List<Household> households, Map<HouseholdKey, Long> rowOf, Problems problems) {
    Map<HouseholdKey, HouseholdStore.Latest> latest = latest(households);
    for (Household h : households) {
      HouseholdStore.Latest stored = latest.get(h.key());
      if (stored != null && stored.removed()) {
        problems.warning(
            id.terbuka.imports.domain.ImportProblem.of(
                rowOf.get(h.key()),
                HouseholdColumns.ID_KELUARGA,
                h.key().idKeluarga(),
                HouseholdProblem.HOUSEHOLD_REMOVED.code(),
                stored.removalReason().orElse("")));
      }
    }
  }

  @Override
  public long rows(Checked checked) {
    return checked.rows();
  }

  /** None: an import publishes nothing; the month's snapshot does. */
  @Override
  public List<String> datasets(Checked checked) {
    return List.of();
  }

  @Override
  public ImportReport.Summary preview(Checked checked) {
    return compare(checked, new ArrayList<>());
  }

  @Override
  public ImportReport.Summary apply(Checked checked, ImportRequest request, String importId) {
    List<HouseholdStore.NewVersion> versions = new ArrayList<>();
    ImportReport.Summary summary = compare(checked, versions);
    store.write(
        versions,
        new HouseholdStore.Origin(Instant.now(), request.actor().userId().orElseThrow(), importId));
    return summary;
  }

  /** Counts what the file does, collecting the versions to write into {@code versions}. */
  private ImportReport.Summary compare(Checked checked, List<HouseholdStore.NewVersion> versions) {
    Map<HouseholdKey, HouseholdStore.Latest> latest = latest(checked.households());
    long inserted = 0;
    long replaced = 0;
    long unchanged = 0;
    for (Household h : checked.households()) {
      HouseholdStore.Latest stored = latest.get(h.key());
      String hash = HouseholdContent.hash(h);
      if (stored == null) {
        inserted++;
        versions.add(new HouseholdStore.NewVersion(h, 1, hash));
      } else if (stored.removed() || stored.contentHash().equals(hash)) {
        unchanged++;
      } else {
        replaced++;
        versions.add(new HouseholdStore.NewVersion(h, stored.version() + 1, hash));
      }
    }
    return new ImportReport.Summary(inserted, replaced, unchanged, 0);
  }

  /** The stored latest versions of the households' desa, read once per year in the file. */
  private Map<HouseholdKey, HouseholdStore.Latest> latest(List<Household> households) {
    Map<Integer, Set<String>> desaByYear = new HashMap<>();
    for (Household h : households) {
      desaByYear.computeIfAbsent(h.key().tahun(), y -> new TreeSet<>()).add(h.key().kodeDesa());
    }
    Map<HouseholdKey, HouseholdStore.Latest> latest = new HashMap<>();
    desaByYear.forEach((tahun, desa) -> latest.putAll(store.latest(tahun, desa)));
    return latest;
  }
}
