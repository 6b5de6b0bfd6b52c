package id.terbuka.budget.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every problem code has its text in both languages, taking exactly the code's arguments. */
class BudgetProblemTextsTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

  private static Properties texts(String language) throws IOException {
    String name = "problems_" + language + ".properties";
    try (InputStream in = BudgetProblem.class.getResourceAsStream(name)) {
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
        Arrays.stream(BudgetProblem.values()).map(BudgetProblem::code).collect(Collectors.toSet());
    assertEquals(new TreeSet<>(codes), new TreeSet<>(texts.stringPropertyNames()));
    for (BudgetProblem problem : BudgetProblem.values()) {
      String text = texts.getProperty(problem.code());
      Set<Integer> used = new TreeSet<>();
      Matcher m = PLACEHOLDER.matcher(text);
      while (m.find()) {
        used.add(Integer.parseInt(m.group(1)));
      }
      Set<Integer> expected = new TreeSet<>();
      for (int i = 0; i < problem.arity(); i++) {
        expected.add(i);
      }
      assertEquals(expected, used, problem.code() + " in " + language);
      Object[] args = new Object[problem.arity()];
      Arrays.fill(args, "ARG");
      String message = new MessageFormat(text).format(args);
      assertFalse(message.contains("{"), message);
      assertFalse(message.isBlank(), problem.code());
    }
  }
}
