package id.terbuka.imports.template;

import id.terbuka.imports.domain.ColumnSpec;
import java.util.List;
import java.util.Map;

/**
 * A column of a template.
 *
 * @param spec the column; its canonical name is the header written
 * @param example the example row's value, as the importer reads it
 * @param allowed the closed vocabulary of the column (a drop-down list in the XLSX template), or
 *     empty for free text
 * @param wholeNumbers the range of a column of whole numbers (an input check in the XLSX template),
 *     or null
 */
public record TemplateColumn(
    ColumnSpec spec, String example, List<String> allowed, WholeNumbers wholeNumbers) {
  public TemplateColumn {
    allowed = List.copyOf(allowed);
  }

  /** The whole numbers a cell may hold, from {@code min} to {@code max}. */
  public record WholeNumbers(int min, int max) {}

  public TemplateColumn(ColumnSpec spec, String example, List<String> allowed) {
    this(spec, example, allowed, null);
  }

  /** This column with an input check for whole numbers from {@code min} to {@code max}. */
  public TemplateColumn wholeNumbers(int min, int max) {
    return new TemplateColumn(spec, example, allowed, new WholeNumbers(min, max));
  }

  /**
   * A format's template columns, in the format's order: each with the example row's value and its
   * closed vocabulary, if any.
   */
  public static List<TemplateColumn> of(
      List<ColumnSpec> specs, Map<String, String> example, Map<String, List<String>> vocabularies) {
    return specs.stream()
        .map(
            spec ->
                new TemplateColumn(
                    spec,
                    example.getOrDefault(spec.name(), ""),
                    vocabularies.getOrDefault(spec.name(), List.of())))
        .toList();
  }

  /** A free-text column. */
  public static TemplateColumn of(ColumnSpec spec, String example) {
    return new TemplateColumn(spec, example, List.of());
  }
}
