package id.terbuka.imports.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects an import's errors and warnings in one pass. A report lists at most {@value #LISTED} of
 * each (a file with a wrong column can have half a million problems; the publisher needs the first
 * ones and the true count), and counts all of them.
 */
public final class Problems {
  public static final int LISTED = 1000;

  private final List<ImportProblem> errors = new ArrayList<>();
  private final List<ImportProblem> warnings = new ArrayList<>();
  private long errorCount;
  private long warningCount;

  public void error(ImportProblem p) {
    errorCount++;
    if (errors.size() < LISTED) {
      errors.add(p);
    }
  }

  public void warning(ImportProblem p) {
    warningCount++;
    if (warnings.size() < LISTED) {
      warnings.add(p);
    }
  }

  public boolean hasErrors() {
    return errorCount > 0;
  }

  public long errorCount() {
    return errorCount;
  }

  public long warningCount() {
    return warningCount;
  }

  /** The listed errors in the order they were found. */
  public List<ImportProblem> errors() {
    return Collections.unmodifiableList(errors);
  }

  public List<ImportProblem> warnings() {
    return Collections.unmodifiableList(warnings);
  }
}
