package id.terbuka.dasawisma.sample;

import id.terbuka.dasawisma.domain.Household;
import id.terbuka.dasawisma.domain.HouseholdColumns;
import id.terbuka.dasawisma.domain.HouseholdRowParser;
import id.terbuka.dasawisma.domain.Regions;
import id.terbuka.imports.domain.ImportProblem;
import id.terbuka.imports.domain.Problems;
import id.terbuka.imports.read.ImportFileReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Households written by {@link HouseholdCsv}, then read back as the real import reads them. */
record ParsedFile(List<Household> households, Problems problems) {
  static final Regions REGIONS = BojonegoroRegions.load();

  static ParsedFile of(List<Household> households, int currentYear, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      HouseholdCsv.write(households, out);
    }
    return read(file, currentYear);
  }

  static ParsedFile read(Path file, int currentYear) {
    Problems problems = new Problems();
    List<Household> read = new ArrayList<>();
    HouseholdRowParser parser = new HouseholdRowParser(REGIONS, currentYear);
    ImportFileReader.standard()
        .read(
            file,
            HouseholdColumns.ALL,
            problems,
            row -> parser.parse(row, problems).ifPresent(read::add));
    return new ParsedFile(read, problems);
  }

  /** The first listed errors, to say why a test failed. */
  String firstErrors() {
    return problems.errors().stream()
        .limit(10)
        .map(ImportProblem::toString)
        .collect(Collectors.joining("\n"));
  }
}
