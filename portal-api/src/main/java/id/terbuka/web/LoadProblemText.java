package id.terbuka.web;

import id.terbuka.web.i18n.Language;
import id.terbuka.web.i18n.Messages;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reasons a DataStore load gives ({@code datastore_error}, written in English for the API) in
 * the reader's language. The loader's sentences are recognised by their shape and retold from the
 * message bundles with the same values; a sentence not known here is shown as written (and marked
 * as English by the page). {@code LoadProblemTextTest} checks these shapes against the loader's own
 * wording.
 */
public final class LoadProblemText {
  private record Rule(Pattern pattern, String key) {}

  private static final List<Rule> RULES =
      List.of(
          rule("^\"(.*)\" is not a whole number$", "load.reason.integer"),
          rule("^\"(.*)\" is not a number$", "load.reason.numeric"),
          rule("^\"(.*)\" is not a date \\(.*\\)$", "load.reason.date"),
          rule("^\"(.*)\" is not a timestamp \\(.*\\)$", "load.reason.timestamp"),
          rule("^\"(.*)\" is not a boolean \\(.*\\)$", "load.reason.bool"),
          rule(
              "^This row has ([\\d.,]+) cells but the header has ([\\d.,]+) columns$",
              "load.reason.row_length"),
          rule("^The file is empty$", "load.reason.empty"),
          rule("^This is an old Excel \\(\\.xls\\) file.*$", "load.reason.xls"),
          rule("^The uploaded file is missing$", "load.reason.missing"),
          rule("^and ([\\d.,]+) more problems$", "load.reason.more"));

  private LoadProblemText() {}

  private static Rule rule(String regex, String key) {
    return new Rule(Pattern.compile(regex, Pattern.DOTALL), key);
  }

  /**
   * The reason in {@code language}: English as written, Indonesian when the sentence is known; null
   * when it is not (the caller shows the English text).
   */
  public static String translate(String reason, Language language) {
    if (reason == null || language == Language.EN) {
      return reason;
    }
    for (Rule rule : RULES) {
      Matcher m = rule.pattern().matcher(reason);
      if (m.matches()) {
        Object[] values = new Object[m.groupCount()];
        for (int i = 0; i < values.length; i++) {
          // Counts keep their digits; the loader's thousands comma becomes Indonesia's dot.
          String v = m.group(i + 1);
          values[i] = v.matches("[\\d,]+") ? v.replace(',', '.') : v;
        }
        return Messages.of(language).get(rule.key(), values);
      }
    }
    return null;
  }
}
