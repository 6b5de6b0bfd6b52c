package id.terbuka.contracts.service;

import id.terbuka.catalog.service.GroupService;
import id.terbuka.contracts.domain.PublicationYear;
import id.terbuka.contracts.domain.StoredRelease;
import id.terbuka.contracts.persistence.RecordStore;
import id.terbuka.contracts.persistence.ReleaseStore;
import id.terbuka.contracts.sheet.ProcessReleases;
import id.terbuka.contracts.sheet.ProcurementColumns;
import id.terbuka.contracts.sheet.ProcurementProblem;
import id.terbuka.contracts.sheet.ProcurementRow;
import id.terbuka.contracts.sheet.ProcurementRowParser;
import id.terbuka.contracts.sheet.Stage;
import id.terbuka.contracts.validate.OcdsValidator;
import id.terbuka.contracts.validate.ValidationIssue;
import id.terbuka.contracts.validate.ValidationReport;
import id.terbuka.imports.domain.ColumnSpec;
import id.terbuka.imports.domain.ImportMessages;
import id.terbuka.imports.domain.ImportProblem;
import id.terbuka.imports.domain.ImportReport;
import id.terbuka.imports.domain.ImportRow;
import id.terbuka.imports.domain.Problems;
import id.terbuka.imports.read.ImportFileReader;
import id.terbuka.imports.service.ImportHandler;
import id.terbuka.imports.service.ImportRequest;
import id.terbuka.imports.template.TemplateColumn;
import id.terbuka.imports.template.TemplateWriter;
import id.terbuka.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The procurement spreadsheet import (issue 11, item 4): each row is checked, turned into the OCDS
 * releases of the stages it fills that changed since the stored ones, and those releases are
 * validated like any posted package; an accepted file stores them, recompiles the records and
 * republishes the years' datasets ({@link ContractChanges}). The procurement office's organisation
 * ({@code TERBUKA_OCDS_ORGANIZATION}) imports and owns the datasets.
 */
@ApplicationScoped
public class ContractImports implements ImportHandler<ContractImports.Checked> {
  public static final String KIND = "ocds";
  private static final ImportMessages MESSAGES =
      ImportMessages.of(ProcurementProblem.MESSAGES, "id/terbuka/contracts/domain/problems");
  private static final Pattern RELEASE_PATH = Pattern.compile("^/releases/(\\d+)(/.*)?$");

  @Inject ReleaseStore releases;
  @Inject RecordStore records;
  @Inject ContractRecords compiler;
  @Inject ContractChanges changes;
  @Inject GroupService groups;
  @Inject OcdsSettings settings;

  private final OcdsValidator validator = OcdsValidator.bundled();
  private final ProcessReleases builder = new ProcessReleases();

  /** A row's outcome: its process, whether the process was new, the releases it adds. */
  public record RowReleases(long row, String ocid, boolean newProcess, List<StoredRelease> fresh) {}

  /** A checked file. */
  public record Checked(long rows, List<RowReleases> results, Set<Integer> years) {
    List<StoredRelease> fresh() {
      List<StoredRelease> all = new ArrayList<>();
      results.forEach(r -> all.addAll(r.fresh()));
      return all;
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
    return ProcurementColumns.all();
  }

  @Override
  public ImportMessages messages() {
    return MESSAGES;
  }

  @Override
  public Checked prepare(ImportRequest request, Path file, Problems problems) {
    if (!request.organization().name().equals(settings.organization())) {
      throw InvalidInputException.of(
          "organization",
          "Procurement data is imported by the procurement office's organization, "
              + settings.organization());
    }
    List<ImportRow> sources = new ArrayList<>();
    List<ProcurementRow> rows = new ArrayList<>();
    ProcurementRowParser parser = new ProcurementRowParser();
    Set<String> units = groups.unitsByCode().keySet();
    long count =
        ImportFileReader.standard()
            .read(
                file,
                columns(),
                problems,
                row ->
                    parser
                        .parse(row, problems)
                        .ifPresent(
                            parsed -> {
                              if (!units.contains(parsed.kodeSkpd())) {
                                problems.error(
                                    row.problem(ProcurementColumns.KODE_SKPD, "unknown_unit"));
                              }
                              sources.add(row);
                              rows.add(parsed);
                            }));
    if (problems.hasErrors()) {
      return new Checked(count, List.of(), Set.of());
    }
    return build(count, sources, rows, problems);
  }

  /** Builds every row's new releases against the stored ones, then checks them as OCDS. */
  private Checked build(
      long count, List<ImportRow> sources, List<ProcurementRow> rows, Problems problems) {
    String prefix = settings.ocids().ownPrefix();
    List<String> ocids = rows.stream().map(r -> ProcessReleases.ocid(prefix, r)).toList();
    Map<String, List<StoredRelease>> stored = releases.releasesOf(ocids);
    Instant now = Instant.now();
    String packageBase = settings.apiBase() + "/releases/";
    List<RowReleases> results = new ArrayList<>();
    List<ObjectNode> built = new ArrayList<>();
    List<Long> builtRows = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      String ocid = ocids.get(i);
      List<StoredRelease> before = stored.getOrDefault(ocid, List.of());
      Map<Stage, JsonNode> latest = latestByStage(before);
      builder.check(sources.get(i), rows.get(i), latest, problems);
      List<StoredRelease> fresh = new ArrayList<>();
      for (ObjectNode release : builder.build(rows.get(i), prefix, latest, now)) {
        fresh.add(StoredRelease.of(release, packageBase + ocid, null));
        built.add(release);
        builtRows.add(sources.get(i).number());
      }
      results.add(new RowReleases(sources.get(i).number(), ocid, before.isEmpty(), fresh));
    }
    checkAsOcds(built, builtRows, problems);
    List<RowReleases> kept = withoutStored(results, problems);
    return new Checked(count, kept, years(kept, stored));
  }

  private static Map<Stage, JsonNode> latestByStage(List<StoredRelease> before) {
    Map<Stage, JsonNode> latest = new EnumMap<>(Stage.class);
    for (StoredRelease r : before) {
      Stage.ofRelease(r.content()).ifPresent(s -> latest.put(s, r.content()));
    }
    return latest;
  }

  /** The built releases must pass the same validation as a posted package. */
  private void checkAsOcds(List<ObjectNode> built, List<Long> builtRows, Problems problems) {
    if (built.isEmpty()) {
      return;
    }
    ObjectNode pkg = settings.metadata().head(settings.apiBase() + "/releases", now());
    ArrayNode list = pkg.putArray("releases");
    built.forEach(list::add);
    ValidationReport report = validator.validateReleasePackage(pkg);
    for (ValidationIssue issue : report.errors()) {
      Matcher m = RELEASE_PATH.matcher(issue.path());
      long row = m.matches() ? builtRows.get(Integer.parseInt(m.group(1))) : 0;
      problems.error(
          ImportProblem.of(row, null, null, "ocds_invalid", issue.path(), issue.message()));
    }
  }

  /**
   * Drops releases already stored with the same content (nothing new), and reports a release id
   * stored with other content (a conflict).
   */
  private List<RowReleases> withoutStored(List<RowReleases> results, Problems problems) {
    List<StoredRelease> all = new ArrayList<>();
    results.forEach(r -> all.addAll(r.fresh()));
    Map<String, String> hashes = releases.storedHashes(all);
    List<RowReleases> kept = new ArrayList<>();
    for (RowReleases r : results) {
      List<StoredRelease> fresh = new ArrayList<>();
      for (StoredRelease s : r.fresh()) {
        String hash = hashes.get(ReleaseStore.key(s.ocid(), s.releaseId()));
        if (hash == null) {
          fresh.add(s);
        } else if (!hash.equals(s.contentHash())) {
          problems.error(ImportProblem.of(r.row(), null, null, "release_conflict", s.releaseId()));
        }
      }
      kept.add(new RowReleases(r.row(), r.ocid(), r.newProcess(), fresh));
    }
    return kept;
  }

  /** The years whose datasets change: each changed process's year, before and after. */
  private Set<Integer> years(List<RowReleases> kept, Map<String, List<StoredRelease>> stored) {
    Map<String, List<StoredRelease>> changed = new LinkedHashMap<>();
    for (RowReleases r : kept) {
      if (!r.fresh().isEmpty()) {
        List<StoredRelease> all = new ArrayList<>(stored.getOrDefault(r.ocid(), List.of()));
        all.addAll(r.fresh());
        changed.put(r.ocid(), all);
      }
    }
    Set<Integer> years = new TreeSet<>();
    records.findAll(List.copyOf(changed.keySet())).forEach(rec -> years.add(rec.year()));
    changed.forEach(
        (ocid, all) -> {
          List<StoredRelease> sorted = new ArrayList<>(all);
          sorted.sort(java.util.Comparator.comparing(StoredRelease::date));
          years.add(PublicationYear.of(compiler.compile(sorted), sorted));
        });
    return years;
  }

  @Override
  public long rows(Checked checked) {
    return checked.rows();
  }

  @Override
  public List<String> datasets(Checked checked) {
    return checked.years().stream().map(ContractPublisher::datasetName).toList();
  }

  @Override
  public ImportReport.Summary preview(Checked checked) {
    long inserted = 0;
    long replaced = 0;
    long unchanged = 0;
    for (RowReleases r : checked.results()) {
      if (r.fresh().isEmpty()) {
        unchanged++;
      } else if (r.newProcess()) {
        inserted++;
      } else {
        replaced++;
      }
    }
    return new ImportReport.Summary(inserted, replaced, unchanged, 0);
  }

  @Override
  public ImportReport.Summary apply(Checked checked, ImportRequest request, String importId) {
    List<StoredRelease> fresh = new ArrayList<>();
    for (StoredRelease r : checked.fresh()) {
      fresh.add(
          new StoredRelease(
              r.ocid(),
              r.releaseId(),
              r.date(),
              r.dateText(),
              r.tags(),
              r.content(),
              r.contentHash(),
              r.packageUri(),
              importId));
    }
    if (!fresh.isEmpty()) {
      Map<String, Object> cause = new LinkedHashMap<>();
      cause.put("import", Map.of("id", importId, "kind", KIND));
      changes.store(fresh, request.actor(), request.organization(), "ocds:" + importId, cause);
    }
    return preview(checked);
  }

  /** The template's columns with the example row and the closed vocabularies. */
  public List<TemplateColumn> templateColumns() {
    return TemplateColumn.of(
        ProcurementColumns.all(),
        ProcurementColumns.exampleRow(),
        ProcurementColumns.vocabularies());
  }

  public void writeTemplateCsv(OutputStream out) throws IOException {
    TemplateWriter.writeCsv(templateColumns(), out);
  }

  public void writeTemplateXlsx(OutputStream out) throws IOException {
    TemplateWriter.writeXlsx(templateColumns(), out);
  }

  private static String now() {
    return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
  }
}
