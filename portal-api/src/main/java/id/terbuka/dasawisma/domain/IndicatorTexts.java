package id.terbuka.dasawisma.domain;

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
 * The indicators' metadata texts in Indonesian ({@code id}, the default) and English, read from
 * {@code indicators_{id,en}.properties} next to this class (UTF-8, read directly so that the JVM's
 * locale never decides the language).
 */
final class IndicatorTexts {
  static final List<String> LANGUAGES = List.of("id", "en");

  private static final Map<String, Properties> LOADED = new ConcurrentHashMap<>();

  private IndicatorTexts() {}

  /**
   * The text of {@code key} in {@code language} (an unknown language reads as Indonesian).
   *
   * @throws IllegalStateException if the key has no text: every indicator must have all of them
   */
  static String text(String key, String language) {
    String lang = LANGUAGES.contains(language) ? language : LANGUAGES.get(0);
    String text = LOADED.computeIfAbsent(lang, IndicatorTexts::load).getProperty(key);
    if (text == null) {
      throw new IllegalStateException("No indicator text " + key + " (" + lang + ")");
    }
    return text;
  }

  private static Properties load(String language) {
    String name = "indicators_" + language + ".properties";
    try (InputStream in = IndicatorTexts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("No indicator texts " + name);
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
