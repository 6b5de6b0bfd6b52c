package id.terbuka.dasawisma.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import id.terbuka.imports.domain.ImportMessages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every problem code has its text in both languages, taking exactly the code's arguments. */
class HouseholdProblemTextsTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

  private static Properties texts(String language) throws IOException {
    String name = "problems_" + language + ".properties";
    try (InputStream in = HouseholdProblem.class.getResourceAsStream(name)) {
      assertNotNull(in, name);
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "en"})
  void everyCodeHasATextWithItsArguments(String language) throws IOException {
    Properties texts = texts(language);
    Set<String> codes =
        Arrays.stream(HouseholdProblem.values())
            .map(HouseholdProblem::code)
            .collect(Collectors.toSet());
    assertEquals(new TreeSet<>(codes), new TreeSet<>(texts.stringPropertyNames()));
    for (HouseholdProblem problem : HouseholdProblem.values()) {
      Set<Integer> used = new TreeSet<>();
      Matcher m = PLACEHOLDER.matcher(texts.getProperty(problem.code()));
      while (m.find()) {
        used.add(Integer.parseInt(m.group(1)));
      }
      Set<Integer> expected = new TreeSet<>();
      for (int i = 0; i < problem.arity(); i++) {
        expected.add(i);
      }
      assertEquals(expected, used, problem.code() + " in " + language);
    }
  }

  @Test
  void theImportMessagesFindEveryText() {
    ImportMessages messages = ImportMessages.of(HouseholdProblem.MESSAGES);
    List<String> codes =
        Arrays.stream(HouseholdProblem.values()).map(HouseholdProblem::code).toList();
    assertEquals(List.of(), messages.missingTexts(codes));
    assertEquals(
        "Angka ini lebih besar daripada anggota_l + anggota_p (4) pada rumah tangga yang sama.",
        messages.text("count_above", "id", List.of("anggota_l + anggota_p", "4")));
    assertEquals(
        "This code is not a desa or kelurahan of Kabupaten Bojonegoro.",
        messages.text("unknown_desa", "en", List.of("Kabupaten Bojonegoro")));
  }
}
