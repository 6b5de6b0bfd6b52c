package id.terbuka.imports.domain;

/**
 * The problem codes of the import mechanism itself, the same for every domain. Clients switch on
 * them, so a code never changes once published. Each has a text in Indonesian and English in the
 * generic bundle of {@link ImportMessages} (ImportMessagesTest checks every constant here). A
 * domain's own codes (a wrong account code, a sum that does not add up) live in its own bundle.
 */
public final class ImportCodes {
  /** A required column is not in the header; arg: the canonical name. */
  public static final String MISSING_COLUMN = "missing_column";

  /** Two headers name the same column; args: the other header as written. */
  public static final String DUPLICATE_COLUMN = "duplicate_column";

  /** A warning: a header the format does not know; its cells are not used. */
  public static final String UNKNOWN_COLUMN = "unknown_column";

  /** The file could not be read as CSV or XLSX; arg: what the reader said. */
  public static final String UNREADABLE_FILE = "unreadable_file";

  /** The file has no header (no bytes, or only blank lines). */
  public static final String EMPTY_FILE = "empty_file";

  /** The file has a header but no data row. */
  public static final String NO_DATA_ROWS = "no_data_rows";

  /** An old binary Excel (.xls) file. */
  public static final String OLD_EXCEL_FILE = "old_excel_file";

  /** More data rows than an import takes; arg: the limit. */
  public static final String TOO_MANY_ROWS = "too_many_rows";

  /** Binary content that is neither a workbook nor text (a PDF, an image, UTF-16 text). */
  public static final String NOT_A_TABLE = "not_a_table";

  /**
   * The checked file could not be published (a generated dataset's name belongs to another
   * organisation); arg: the catalogue's reason. Nothing was written.
   */
  public static final String PUBLICATION_REFUSED = "publication_refused";

  private ImportCodes() {}
}
