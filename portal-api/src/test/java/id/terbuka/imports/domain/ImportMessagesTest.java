package id.terbuka.imports.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImportMessagesTest {
  private static final String TEST_DOMAIN = "id/terbuka/imports/domain/testdomain";

  private final ImportMessages generic = ImportMessages.of();

  @Test
  void aProblemRendersInIndonesianByDefaultAndInEnglishWithItsArguments() {
    ImportProblem p = ImportProblem.of(1, "anggaran", null, "missing_column", "anggaran");

    assertEquals("Kolom wajib \"anggaran\" tidak ada di baris judul.", generic.message(p, "id"));
    assertEquals(
        "The required column \"anggaran\" is not in the header row.", generic.message(p, "en"));
    assertEquals(generic.message(p, "id"), generic.message(p, "fr"));
    assertEquals(generic.message(p, "id"), generic.message(p, null));
  }

  @Test
  void anApostropheInAnArgumentOrTextSurvives() {
    ImportProblem p = ImportProblem.of(1, "x", null, "unknown_column", "Jum'at");

    assertEquals(
        "The column \"Jum'at\" is not known and its cells are ignored.", generic.message(p, "en"));
  }

  @Test
  void aCodeWithoutATextRendersAsTheCode() {
    assertEquals("no_such_code", generic.text("no_such_code", "en", List.of("1")));
  }

  @Test
  void aDomainsOwnTextsComeBeforeTheGenericOnesInEachLanguage() {
    ImportMessages domain = ImportMessages.of(TEST_DOMAIN);

    assertEquals("Kolom anggaran \"x\" hilang.", domain.text("missing_column", "id", List.of("x")));
    assertEquals(
        "The required column \"x\" is not in the header row.",
        domain.text("missing_column", "en", List.of("x")));
    assertEquals(
        "The total 10 differs from 12.", domain.text("sum_mismatch", "en", List.of("10", "12")));
    assertEquals("sum_mismatch", generic.text("sum_mismatch", "en", List.of()));
  }

  @Test
  void aDomainBundleThatDoesNotExistIsRefusedAtOnce() {
    assertThrows(
        IllegalStateException.class, () -> ImportMessages.of("id/terbuka/nothing/problems"));
  }

  @Test
  void missingTextsNamesEachCodeAndLanguageWithout() {
    assertEquals(
        List.of("sum_mismatch (id)", "sum_mismatch (en)"),
        generic.missingTexts(List.of("missing_column", "sum_mismatch")));
  }

  @Test
  void everyCodeOfTheImportMechanismHasBothTexts() throws IllegalAccessException {
    List<String> codes = new ArrayList<>();
    for (Field f : ImportCodes.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        codes.add((String) f.get(null));
      }
    }
    assertTrue(codes.size() >= 9, "codes found: " + codes);
    assertEquals(List.of(), generic.missingTexts(codes));
  }

  @Test
  void bothGenericFilesHaveTheSameKeys() throws IOException {
    assertEquals(keys("problems_id.properties"), keys("problems_en.properties"));
  }

  /** A code written as a literal would escape the check above: codes come from ImportCodes. */
  @Test
  void theImportsMainCodeWritesNoProblemCodeAsALiteral() throws IOException {
    Pattern literalCode =
        Pattern.compile("(?:ImportProblem\\.of|\\.problem|new ImportProblem)\\([^;]*?\"[a-z]+_");
    Path root = Path.of("src/main/java/id/terbuka/imports");
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = literalCode.matcher(Files.readString(f));
        if (m.find()) {
          offenders.add(f + ": " + m.group());
        }
      }
    }
    assertEquals(List.of(), offenders);
  }

  private static Set<String> keys(String file) throws IOException {
    Properties p = new Properties();
    try (InputStream in = ImportMessages.class.getResourceAsStream(file)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p.stringPropertyNames();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "NULL | id",
        "'' | id",
        "en | en",
        "EN-gb | en",
        "en-US,en;q=0.9 | en",
        "id,en;q=0.8 | id",
        "en;q=0.5, id;q=0.9 | id",
        "fr, en;q=0.3 | en",
        "fr | id",
        "* | id",
        "en;q=0 | id",
        "en;q=abc | id",
        "in-ID, en;q=0.9 | id",
        "en, id | en",
        "id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7 | id"
      })
  void theLanguageFollowsAcceptLanguageAndDefaultsToIndonesian(String header, String expected) {
    assertEquals(expected, ImportMessages.languageOf(header));
  }
}
