package id.terbuka.imports.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The text of problem codes in Indonesian ({@code id}, the default) and English ({@code en}). Texts
 * live in UTF-8 properties bundles named by base name ({@code <base>_id.properties}, {@code
 * <base>_en.properties} on the class path): a domain's own bundles are searched first, then the
 * generic bundle {@value #GENERIC} of the import mechanism.
 *
 * <p>The files are read directly rather than through {@code ResourceBundle.getBundle}, so that the
 * JVM's default locale never decides which language a client gets. Placeholders {@code {0}}, {@code
 * {1}}... are replaced by the problem's arguments as plain text, as in the portal's pages ({@code
 * web.i18n.Messages}), not through {@code MessageFormat}, whose quoting rules drop apostrophes and
 * whose number formatting would re-format already formatted values.
 */
public final class ImportMessages {
  /** The base name of the generic texts (missing column, unreadable file...). */
  public static final String GENERIC = "id/terbuka/imports/domain/problems";

  /** The languages texts exist in; the first one is the default. */
  public static final List<String> LANGUAGES = List.of("id", "en");

  public static final String DEFAULT_LANGUAGE = "id";

  private static final Map<String, ResourceBundle> LOADED = new ConcurrentHashMap<>();

  private final List<String> baseNames;

  private ImportMessages(List<String> baseNames) {
    this.baseNames = baseNames;
  }

  /**
   * The texts of a domain: its own bundles first (e.g. {@code id/terbuka/budget/domain/problems}),
   * then the generic ones.
   *
   * @throws IllegalStateException if a bundle lacks a file for one of the {@link #LANGUAGES}
   */
  public static ImportMessages of(String... domainBaseNames) {
    List<String> names = new ArrayList<>(List.of(domainBaseNames));
    names.add(GENERIC);
    for (String name : names) {
      for (String language : LANGUAGES) {
        bundle(name, language);
      }
    }
    return new ImportMessages(List.copyOf(names));
  }

  /** The problem's text in {@code language} (an unknown language reads as the default). */
  public String message(ImportProblem problem, String language) {
    return text(problem.code(), language, problem.args());
  }

  /**
   * The text of {@code code} with its placeholders filled in; a code without a text renders as the
   * code itself, so a client still sees something stable rather than nothing.
   */
  public String text(String code, String language, List<String> args) {
    String template = template(code, supported(language));
    if (template == null) {
      return code;
    }
    String text = template;
    for (int i = 0; i < args.size(); i++) {
      text = text.replace("{" + i + "}", args.get(i));
    }
    return text;
  }

  /** The codes among {@code codes} that lack a text in at least one language (for tests). */
  public List<String> missingTexts(Collection<String> codes) {
    List<String> missing = new ArrayList<>();
    for (String code : codes) {
      for (String language : LANGUAGES) {
        if (template(code, language) == null) {
          missing.add(code + " (" + language + ")");
        }
      }
    }
    return missing;
  }

  private String template(String code, String language) {
    for (String name : baseNames) {
      ResourceBundle b = bundle(name, language);
      if (b.containsKey(code)) {
        return b.getString(code);
      }
    }
    return null;
  }

  private static String supported(String language) {
    return language != null && LANGUAGES.contains(language) ? language : DEFAULT_LANGUAGE;
  }

  private static ResourceBundle bundle(String baseName, String language) {
    return LOADED.computeIfAbsent(baseName + "_" + language, ImportMessages::load);
  }

  private static ResourceBundle load(String resourceBase) {
    String path = resourceBase + ".properties";
    try (InputStream in = ImportMessages.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("No problem texts at " + path);
      }
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The language to answer in for an {@code Accept-Language} header value: {@code en} only when
   * English is preferred (by q-value, then by order) to Indonesian, which is the answer for
   * anything else (absent, malformed, {@code *}, other languages). Java's old code {@code in}
   * counts as Indonesian.
   */
  public static String languageOf(String acceptLanguage) {
    if (acceptLanguage == null) {
      return DEFAULT_LANGUAGE;
    }
    String best = DEFAULT_LANGUAGE;
    double bestQ = 0;
    for (String range : acceptLanguage.split(",")) {
      String[] parts = range.split(";");
      String language = primary(parts[0]);
      if (!LANGUAGES.contains(language)) {
        continue;
      }
      double q = quality(parts);
      if (q > bestQ) {
        best = language;
        bestQ = q;
      }
    }
    return best;
  }

  private static String primary(String tag) {
    String t = tag.strip().toLowerCase(Locale.ROOT);
    int dash = t.indexOf('-');
    String language = dash < 0 ? t : t.substring(0, dash);
    return language.equals("in") ? "id" : language;
  }

  /** The range's q-value (1 if absent); a malformed one counts as 0, i.e. not acceptable. */
  private static double quality(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].strip();
      if (p.length() > 2 && (p.charAt(0) == 'q' || p.charAt(0) == 'Q') && p.charAt(1) == '=') {
        try {
          double q = Double.parseDouble(p.substring(2).strip());
          return q >= 0 && q <= 1 ? q : 0;
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 1;
  }
}
