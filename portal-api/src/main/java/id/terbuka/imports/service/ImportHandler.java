package id.terbuka.imports.service;

import id.terbuka.imports.domain.ColumnSpec;
import id.terbuka.imports.domain.ImportMessages;
import id.terbuka.imports.domain.ImportReport;
import id.terbuka.imports.domain.Problems;
import java.nio.file.Path;
import java.util.List;

/**
 * What a domain (budget, contracts, Dasa Wisma) adds to the shared import contract: its columns,
 * its problem texts, its checks and how an accepted file is written and published.
 *
 * @param <P> the file as checked and ready to write
 */
public interface ImportHandler<P> {
  /** The kind in reports and URLs: {@code budget}. */
  String kind();

  List<ColumnSpec> columns();

  ImportMessages messages();

  /**
   * Reads and checks the whole file, adding every problem to {@code problems}. Runs outside any
   * transaction and writes nothing. The result is used only when no error was found.
   */
  P prepare(ImportRequest request, Path file, Problems problems);

  /** The number of data rows read (the header not counted). */
  long rows(P prepared);

  /** What {@link #apply} would do to the stored rows (for a dry run). */
  ImportReport.Summary preview(P prepared);

  /** The datasets an accepted import of this file (re)generates, by name. */
  List<String> datasets(P prepared);

  /**
   * Writes the checked file and publishes its datasets, inside the import's transaction. An {@code
   * InvalidInputException} (a dataset name owned by another organisation) rolls everything back and
   * rejects the file.
   */
  ImportReport.Summary apply(P prepared, ImportRequest request, String importId);
}
