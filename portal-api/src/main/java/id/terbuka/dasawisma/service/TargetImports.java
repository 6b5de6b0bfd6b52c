package id.terbuka.dasawisma.service;

import id.terbuka.catalog.service.GroupService;
import id.terbuka.dasawisma.domain.HouseholdProblem;
import id.terbuka.dasawisma.domain.Target;
import id.terbuka.dasawisma.domain.TargetRowParser;
import id.terbuka.dasawisma.persistence.TargetStore;
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
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The coverage targets (issue 12, item 6): a CSV or XLSX of {@code kode_desa, tahun,
 * jumlah_kk_target} loaded by the walidata through the shared import contract. A desa not in the
 * file keeps its target. Targets are not personal data: the file is kept and an accepted report is
 * public, as for the other domains.
 */
@ApplicationScoped
public class TargetImports implements ImportHandler<TargetImports.Checked> {
  public static final String KIND = "dasawisma-target";
  private static final ImportMessages MESSAGES = ImportMessages.of(HouseholdProblem.MESSAGES);

  @Inject TargetStore store;
  @Inject RegencyRegions regions;
  @Inject DasaWismaAccess access;

  /** A checked file: its targets in file order. */
  public record Checked(long rows, List<Target> targets) {}

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public List<ColumnSpec> columns() {
    return TargetRowParser.COLUMNS;
  }

  @Override
  public ImportMessages messages() {
    return MESSAGES;
  }

  @Override
  public Optional<GroupService.Unit> importingOrganization(Actor actor) {
    access.requireWalidata(actor);
    return Optional.of(access.organization());
  }

  /** The target file's one template is a CSV, served beside the household templates. */
  @Override
  public List<String> templatePaths() {
    return List.of("/api/v1/dasawisma/targets/template.csv");
  }

  @Override
  public Checked prepare(ImportRequest request, Path file, Problems problems) {
    TargetRowParser parser =
        new TargetRowParser(regions.regions(), Year.now(DasaWismaSettings.ZONE).getValue());
    List<Target> targets = new ArrayList<>();
    long rows =
        ImportFileReader.standard()
            .read(
                file,
                columns(),
                problems,
                row -> parser.parse(row, problems).ifPresent(targets::add));
    return new Checked(rows, targets);
  }

  @Override
  public long rows(Checked checked) {
    return checked.rows();
  }

  @Override
  public List<String> datasets(Checked checked) {
    return List.of();
  }

  @Override
  public ImportReport.Summary preview(Checked checked) {
    return compare(checked, new TreeMap<>());
  }

  @Override
  public ImportReport.Summary apply(Checked checked, ImportRequest request, String importId) {
    Map<Integer, Map<String, Integer>> changed = new TreeMap<>();
    ImportReport.Summary summary = compare(checked, changed);
    String userId = request.actor().userId().orElseThrow();
    changed.forEach((tahun, targets) -> store.put(tahun, targets, userId));
    return summary;
  }

  private ImportReport.Summary compare(
      Checked checked, Map<Integer, Map<String, Integer>> changed) {
    Map<Integer, Map<String, Integer>> stored = new HashMap<>();
    long inserted = 0;
    long replaced = 0;
    long unchanged = 0;
    for (Target t : checked.targets()) {
      Integer current = stored.computeIfAbsent(t.tahun(), store::targets).get(t.kodeDesa());
      if (current != null && current == t.jumlahKkTarget()) {
        unchanged++;
        continue;
      }
      if (current == null) {
        inserted++;
      } else {
        replaced++;
      }
      changed
          .computeIfAbsent(t.tahun(), y -> new TreeMap<>())
          .put(t.kodeDesa(), t.jumlahKkTarget());
    }
    return new ImportReport.Summary(inserted, replaced, unchanged, 0);
  }
}
