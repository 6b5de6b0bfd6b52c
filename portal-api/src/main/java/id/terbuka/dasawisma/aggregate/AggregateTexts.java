package id.terbuka.dasawisma.aggregate;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The publication's texts (the disclosure notes and the data dictionary's non-indicator columns) in
 * Indonesian ({@code id}, the default) and English, from {@code texts_{id,en}.properties} next to
 * this class, read as UTF-8 whatever the JVM's locale.
 */
final class AggregateTexts {
  static final List<String> LANGUAGES = List.of("id", "en");

  private static final Map<String, Properties> LOADED = new ConcurrentHashMap<>();

  private AggregateTexts() {}

  /** {@code language} if it is one of ours, else Indonesian. */
  static String language(String language) {
    return LANGUAGES.contains(language) ? language : LANGUAGES.get(0);
  }

  /**
   * @throws IllegalStateException when the key has no text
   */
  static String text(String key, String language) {
    String lang = language(language);
    String text = LOADED.computeIfAbsent(lang, AggregateTexts::load).getProperty(key);
    if (text == null) {
      throw new IllegalStateException("No publication text " + key + " (" + lang + ")");
    }
    return text;
  }

  /** Whether {@code key} has a text in {@code language}. */
  static boolean has(String key, String language) {
    return LOADED.computeIfAbsent(language(language), AggregateTexts::load).containsKey(key);
  }

  private static Properties load(String language) {
    String name = "texts_" + language + ".properties";
    try (InputStream in = AggregateTexts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("No publication texts " + name);
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
