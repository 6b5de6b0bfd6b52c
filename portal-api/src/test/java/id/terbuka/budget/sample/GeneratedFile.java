package id.terbuka.budget.sample;

import id.terbuka.budget.domain.BudgetColumns;
import id.terbuka.budget.domain.BudgetFileCheck;
import id.terbuka.budget.domain.BudgetLine;
import id.terbuka.budget.domain.BudgetLineParser;
import id.terbuka.budget.domain.PreviousRealisation;
import id.terbuka.imports.domain.ImportProblem;
import id.terbuka.imports.domain.Problems;
import id.terbuka.imports.read.ImportFileReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A generated file written, then read and checked by the real import classes. */
record GeneratedFile(long written, List<BudgetLine> lines, Problems problems) {

  static GeneratedFile of(SampleRealisation sample, Path file, Set<String> knownUnits)
      throws IOException {
    long written = sample.write(file);
    Problems problems = new Problems();
    List<BudgetLine> lines = new ArrayList<>();
    BudgetLineParser parser = new BudgetLineParser(Year.now().getValue());
    ImportFileReader.standard()
        .read(
            file,
            BudgetColumns.ALL,
            problems,
            row -> parser.parse(row, problems).ifPresent(lines::add));
    new BudgetFileCheck(knownUnits::contains, PreviousRealisation.NONE, Map.of())
        .check(lines, problems);
    return new GeneratedFile(written, lines, problems);
  }

  /** The first listed errors, to say why a test failed. */
  String firstErrors() {
    return problems.errors().stream()
        .limit(10)
        .map(ImportProblem::toString)
        .collect(Collectors.joining("\n"));
  }

  long warnings(String code) {
    return problems.warnings().stream().filter(p -> p.code().equals(code)).count();
  }
}
