package id.terbuka.web.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * The interface texts of one language, from {@code messages_<code>.properties} next to this class
 * (UTF-8). The files are read directly rather than through {@code ResourceBundle.getBundle} so that
 * neither the JVM's default locale nor Java's old ISO code for Indonesian ("in") changes which file
 * is used. Placeholders are {@code {0}}, {@code {1}}, ... replaced by already formatted text: not
 * {@code MessageFormat}, whose quoting rules silently eat apostrophes in English texts.
 */
public final class Messages {
  private static final Logger LOG = Logger.getLogger(Messages.class.getName());
  private static final Map<Language, Messages> ALL = new EnumMap<>(Language.class);

  static {
    for (Language l : Language.values()) {
      ALL.put(l, new Messages(load(l)));
    }
  }

  private final ResourceBundle bundle;

  private Messages(ResourceBundle bundle) {
    this.bundle = bundle;
  }

  public static Messages of(Language language) {
    return ALL.get(language);
  }

  /**
   * The text for {@code key}; a missing key shows as {@code ??key??} (and is logged) on the page.
   */
  public String get(String key) {
    if (!bundle.containsKey(key)) {
      LOG.warning("Missing interface text: " + key);
      return "??" + key + "??";
    }
    return bundle.getString(key);
  }

  /** Whether this language has a text for {@code key} (for codes that may come without one). */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** The text for {@code key} with {@code {i}} replaced by {@code args[i]}. */
  public String get(String key, Object... args) {
    String text = get(key);
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return text;
  }

  /** Every key of this language, sorted (tests compare the languages). */
  public Set<String> keys() {
    return Collections.unmodifiableSet(new TreeSet<>(bundle.keySet()));
  }

  private static ResourceBundle load(Language l) {
    String name = "messages_" + l.code() + ".properties";
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource bundle " + name);
      }
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
