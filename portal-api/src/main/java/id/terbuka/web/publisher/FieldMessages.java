package id.terbuka.web.publisher;

import id.terbuka.web.PageContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the services' validation messages (CKAN's English texts, which the API must keep) into the
 * reader's language. The rules themselves stay in the services; this only knows their wording. A
 * message not listed here is shown as the service wrote it, never dropped.
 */
final class FieldMessages {
  /** Message pattern to bundle key; a group in the pattern becomes {0}. */
  private static final Map<Pattern, String> KNOWN = new LinkedHashMap<>();

  static {
    known("Missing value", "invalid.missing");
    known("Must be at least 2 characters long", "invalid.min2");
    known(".* must be a maximum of (\\d+) characters long", "invalid.max");
    known(
        "Must be purely lowercase alphanumeric \\(ascii\\) characters and these symbols: -_",
        "invalid.slug");
    known("That name cannot be used", "invalid.reserved");
    known("That URL is already in use\\.", "invalid.name.taken");
    known("Organization does not exist", "invalid.org");
    known("Must be one of: harian.*", "invalid.frekuensi");
    known("Unknown Kemendagri region code: (.*)", "invalid.region");
    known("Date format incorrect.*", "invalid.date");
    known("Must not be before cakupan_waktu_mulai", "invalid.period");
    known("Tag \"(.*)\" length is less than minimum 2", "invalid.tag.short");
    known("Tag \"(.*)\" length is more than maximum 100", "invalid.tag.long");
    known("Tag \"(.*)\" must be alphanumeric characters or symbols: -_\\.", "invalid.tag.chars");
    known("Group (.*) does not exist", "invalid.group");
    known("File upload too large", "invalid.upload.large");
    known("Invalid integer", "invalid.integer");
    known("Role must be one of: .*", "invalid.role");
    known("User not found", "invalid.user");
    known("User is not a member", "invalid.notmember");
    known("Email (.*) is not a valid format", "invalid.email");
  }

  private FieldMessages() {}

  private static void known(String regex, String key) {
    KNOWN.put(Pattern.compile(regex), key);
  }

  static String translate(PageContext ctx, String message) {
    for (Map.Entry<Pattern, String> e : KNOWN.entrySet()) {
      Matcher m = e.getKey().matcher(message);
      if (m.matches()) {
        return m.groupCount() > 0 ? ctx.t(e.getValue(), m.group(1)) : ctx.t(e.getValue());
      }
    }
    return message;
  }

  /**
   * The service's errors as form errors: translated, and moved to the form field that holds the
   * value (the API's {@code tags} is the form's {@code tag_string}).
   */
  static Form addTo(
      Form form, PageContext ctx, Map<String, List<String>> errors, Map<String, String> fieldOf) {
    errors.forEach(
        (field, messages) -> {
          String target = fieldOf.getOrDefault(field, field);
          messages.forEach(m -> form.error(target, translate(ctx, m)));
        });
    return form;
  }
}
