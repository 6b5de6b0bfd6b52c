package id.terbuka.datastore.dump;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Column names as XML element names, by the rule of CKAN's XML dump: NFC; a leading number or
 * {@code xml} (with digits around it) removed; runs of white space become {@code _}; anything but
 * letters, digits, {@code _ . -} dropped; leading digits, dots and hyphens removed. Beyond CKAN:
 * the rules repeat until nothing changes, characters XML does not allow in names are dropped too, a
 * name left empty becomes {@code _}, and a name taken already gets {@code _0}, {@code _1}, ...
 * appended.
 */
public final class XmlNames {
  private static final Pattern LEADING_XML_OR_NUMBER =
      Pattern.compile("^(\\d*xml\\d*|\\d+)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern NOT_NAME =
      Pattern.compile("[^\\w.-]", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern LEADING_DIGITS_DOTS_HYPHENS =
      Pattern.compile("^[\\d.-]+", Pattern.UNICODE_CHARACTER_CLASS);

  private XmlNames() {}

  /** One element name per column, in order, all distinct. */
  public static List<String> of(List<String> columns) {
    List<String> out = new ArrayList<>(columns.size());
    Set<String> taken = new HashSet<>();
    for (String column : columns) {
      String base = name(column);
      String unique = base;
      for (int i = 0; taken.contains(unique); i++) {
        unique = base + "_" + i;
      }
      taken.add(unique);
      out.add(unique);
    }
    return out;
  }

  /** The element name of one column, before de-duplication. */
  static String name(String column) {
    String name = Normalizer.normalize(column, Normalizer.Form.NFC);
    String before;
    do {
      before = name;
      name = LEADING_XML_OR_NUMBER.matcher(name).replaceFirst("");
      name = SPACES.matcher(name).replaceAll("_");
      name = NOT_NAME.matcher(name).replaceAll("");
      name = LEADING_DIGITS_DOTS_HYPHENS.matcher(name).replaceFirst("");
      name = xmlNameChars(name);
    } while (!name.equals(before));
    return name.isEmpty() ? "_" : name;
  }

  /** Drops what XML 1.0 (fifth edition) does not allow in a name, keeping a valid first char. */
  private static String xmlNameChars(String name) {
    StringBuilder out = new StringBuilder(name.length());
    name.codePoints()
        .forEach(
            cp -> {
              if (out.isEmpty() ? nameStart(cp) : nameChar(cp)) {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }

  static boolean nameStart(int c) {
    return c == '_'
        || (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= 0xC0 && c <= 0xD6)
        || (c >= 0xD8 && c <= 0xF6)
        || (c >= 0xF8 && c <= 0x2FF)
        || (c >= 0x370 && c <= 0x37D)
        || (c >= 0x37F && c <= 0x1FFF)
        || (c >= 0x200C && c <= 0x200D)
        || (c >= 0x2070 && c <= 0x218F)
        || (c >= 0x2C00 && c <= 0x2FEF)
        || (c >= 0x3001 && c <= 0xD7FF)
        || (c >= 0xF900 && c <= 0xFDCF)
        || (c >= 0xFDF0 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0xEFFFF);
  }

  static boolean nameChar(int c) {
    return nameStart(c)
        || c == '-'
        || c == '.'
        || (c >= '0' && c <= '9')
        || c == 0xB7
        || (c >= 0x300 && c <= 0x36F)
        || (c >= 0x203F && c <= 0x2040);
  }
}
