package id.terbuka.imports.domain;

import id.terbuka.shared.Json;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What an import did, as answered to the client and kept in the import history. Problems are kept
 * as codes with arguments; their text is rendered in the requester's language only when the report
 * is answered ({@link #toDict}), so a stored report reads in whichever language is asked later.
 *
 * @param id the import's id
 * @param kind the domain ({@code budget}, {@code contracts}...)
 * @param file the uploaded file
 * @param summary what happened to the rows (all zero unless accepted or dry run)
 * @param errors the first {@link Problems#LISTED} errors
 * @param errorCount how many errors there were in all
 * @param warnings the first {@link Problems#LISTED} warnings
 * @param warningCount how many warnings there were in all
 * @param datasets the names of the datasets the import (re)generated or would generate
 * @param organization the importing organisation's name
 * @param created when the import ran
 * @param user the name of the user who sent the file
 */
public record ImportReport(
    String id,
    String kind,
    ImportStatus status,
    SourceFile file,
    Summary summary,
    List<ImportProblem> errors,
    long errorCount,
    List<ImportProblem> warnings,
    long warningCount,
    List<String> datasets,
    String organization,
    Instant created,
    String user) {

  public ImportReport {
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
    datasets = List.copyOf(datasets);
  }

  /**
   * The uploaded file.
   *
   * @param rows the number of data rows read (the header not counted)
   */
  public record SourceFile(String name, String sha256, long rows) {}

  /**
   * What happened to the file's rows: new, changed (a new version written), identical to what was
   * published, and published rows the file no longer contains (a corrected re-send of a slice).
   */
  public record Summary(long inserted, long replaced, long unchanged, long removed) {
    public static final Summary NONE = new Summary(0, 0, 0, 0);
  }

  /** A report with the problems (listed and counted) collected in {@code problems}. */
  public static ImportReport of(
      String id,
      String kind,
      ImportStatus status,
      SourceFile file,
      Summary summary,
      Problems problems,
      List<String> datasets,
      String organization,
      Instant created,
      String user) {
    return new ImportReport(
        id,
        kind,
        status,
        file,
        summary,
        problems.errors(),
        problems.errorCount(),
        problems.warnings(),
        problems.warningCount(),
        datasets,
        organization,
        created,
        user);
  }

  /**
   * The report as the client receives it (the shape of the imports contract), every problem with
   * its text in {@code language}. Besides the contract's keys it names the organisation, the time
   * and the user, which the import history shows.
   */
  public Map<String, Object> toDict(ImportMessages messages, String language) {
    return dict(p -> problemDict(p, "message", messages.message(p, language)));
  }

  /** The report for storage: problems keep their arguments instead of a text. */
  public Map<String, Object> toStored() {
    return dict(p -> problemDict(p, "args", p.args()));
  }

  /** {@link #toStored()} as JSON text. */
  public String toJson() {
    return Json.write(toStored());
  }

  /**
   * A stored report read back.
   *
   * @throws IllegalArgumentException if the text is not a stored report
   */
  public static ImportReport fromJson(String json) {
    try {
      return fromStored(Json.parseObject(json));
    } catch (Json.MalformedJsonException e) {
      throw new IllegalArgumentException("Not a stored import report: " + e.getMessage(), e);
    }
  }

  /**
   * A report from its {@link #toStored()} form.
   *
   * @throws IllegalArgumentException if a key is missing or of the wrong type
   */
  public static ImportReport fromStored(Map<String, Object> d) {
    Map<String, Object> file = map(d, "file");
    Map<String, Object> summary = map(d, "summary");
    String created = (String) d.get("created");
    try {
      return new ImportReport(
          (String) d.get("id"),
          (String) d.get("kind"),
          ImportStatus.fromJson((String) d.get("status")),
          new SourceFile(
              (String) file.get("name"), (String) file.get("sha256"), number(file, "rows")),
          new Summary(
              number(summary, "inserted"),
              number(summary, "replaced"),
              number(summary, "unchanged"),
              number(summary, "removed")),
          problems(d, "errors"),
          number(d, "error_count"),
          problems(d, "warnings"),
          number(d, "warning_count"),
          strings(d.get("datasets"), "datasets"),
          (String) d.get("organization"),
          created == null ? null : Instant.parse(created),
          (String) d.get("user"));
    } catch (ClassCastException | DateTimeParseException e) {
      throw new IllegalArgumentException("Not a stored import report: " + e.getMessage(), e);
    }
  }

  private Map<String, Object> dict(Function<ImportProblem, Object> problem) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("id", id);
    d.put("kind", kind);
    d.put("status", status.json());
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("name", file.name());
    f.put("sha256", file.sha256());
    f.put("rows", file.rows());
    d.put("file", f);
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("inserted", summary.inserted());
    s.put("replaced", summary.replaced());
    s.put("unchanged", summary.unchanged());
    s.put("removed", summary.removed());
    d.put("summary", s);
    d.put("errors", errors.stream().map(problem).toList());
    d.put("error_count", errorCount);
    d.put("warnings", warnings.stream().map(problem).toList());
    d.put("warning_count", warningCount);
    d.put("datasets", datasets);
    d.put("organization", organization);
    d.put("created", created == null ? null : created.toString());
    d.put("user", user);
    return d;
  }

  private static Map<String, Object> problemDict(ImportProblem p, String key, Object text) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("row", p.row());
    d.put("column", p.column());
    d.put("value", p.value());
    d.put("code", p.code());
    d.put(key, text);
    return d;
  }

  private static List<ImportProblem> problems(Map<String, Object> d, String key) {
    Object list = d.get(key);
    if (!(list instanceof List<?> items)) {
      throw new IllegalArgumentException("Not a stored import report: no " + key);
    }
    List<ImportProblem> problems = new ArrayList<>(items.size());
    for (Object item : items) {
      if (!(item instanceof Map<?, ?>)) {
        throw new IllegalArgumentException("Not a stored import report: a bad item in " + key);
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> p = (Map<String, Object>) item;
      problems.add(
          new ImportProblem(
              number(p, "row"),
              (String) p.get("column"),
              (String) p.get("value"),
              (String) p.get("code"),
              strings(p.get("args"), "args")));
    }
    return problems;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> d, String key) {
    if (!(d.get(key) instanceof Map<?, ?> m)) {
      throw new IllegalArgumentException("Not a stored import report: no " + key);
    }
    return (Map<String, Object>) m;
  }

  private static long number(Map<String, Object> d, String key) {
    if (!(d.get(key) instanceof Number n)) {
      throw new IllegalArgumentException("Not a stored import report: no number " + key);
    }
    return n.longValue();
  }

  private static List<String> strings(Object list, String key) {
    if (!(list instanceof List<?> items)) {
      throw new IllegalArgumentException("Not a stored import report: no list " + key);
    }
    List<String> strings = new ArrayList<>(items.size());
    for (Object item : items) {
      strings.add((String) item);
    }
    return strings;
  }
}
