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
 */
public record TemplateColumn(ColumnSpec spec, String example, List<String> allowed) {
  public TemplateColumn {
    allowed = List.copyOf(allowed);
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
