package id.terbuka.web.publisher;

import id.terbuka.catalog.service.DatasetService;
import id.terbuka.web.PageContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the services' validation messages (CKAN's English texts, which the API must keep) into the
 * reader's language. The rules themselves stay in the services; this only knows their wording, and
 * takes the limits and choices from the message or the rules rather than repeating them. A message
 * not listed here is shown as the service wrote it, never dropped.
 */
final class FieldMessages {
  /** Message pattern to bundle key; the pattern's groups become {0}, {1}, ... */
  private static final Map<Pattern, String> KNOWN = new LinkedHashMap<>();

  static {
    known("Missing value", "invalid.missing");
    known("Must be at least (\\d+) characters long", "invalid.min");
    known(".* must be a maximum of (\\d+) characters long", "invalid.max");
    known(
        "Must be purely lowercase alphanumeric \\(ascii\\) characters and these symbols: -_",
        "invalid.slug");
    known("That name cannot be used", "invalid.reserved");
    known("That URL is already in use\\.", "invalid.name.taken");
    known("Organization does not exist", "invalid.org");
    known(
        "Must be one of: " + Pattern.quote(String.join(", ", DatasetService.frequencies())),
        "invalid.frekuensi");
    known("Unknown Kemendagri region code: (.*)", "invalid.region");
    known("Date format incorrect.*", "invalid.date");
    known("Must not be before cakupan_waktu_mulai", "invalid.period");
    known("Tag \"(.*)\" length is less than minimum (\\d+)", "invalid.tag.short");
    known("Tag \"(.*)\" length is more than maximum (\\d+)", "invalid.tag.long");
    known("Tag \"(.*)\" must be alphanumeric characters or symbols: -_\\.", "invalid.tag.chars");
    known("Group (.*) does not exist", "invalid.group");
    known("File upload too large", "invalid.upload.large");
    known("Invalid integer", "invalid.integer");
    known("Role must be one of: .*", "invalid.role");
    known("User not found", "invalid.user");
    known("User is not a member", "invalid.notmember");
    known("Email (.*) is not a valid format", "invalid.email");
    known("That login name is not available\\.", "invalid.login.taken");
    known("Your password must be (\\d+) characters or longer", "invalid.password.short");
    known("You cannot disable your own account", "invalid.self-disable");
    known("Value must be one of: true, false", "invalid.choice");
  }

  private FieldMessages() {}

  private static void known(String regex, String key) {
    KNOWN.put(Pattern.compile(regex), key);
  }

  static String translate(PageContext ctx, String message) {
    for (Map.Entry<Pattern, String> e : KNOWN.entrySet()) {
      Matcher m = e.getKey().matcher(message);
      if (m.matches()) {
        Object[] args = new Object[m.groupCount()];
        for (int i = 0; i < args.length; i++) {
          args[i] = m.group(i + 1);
        }
        return ctx.t(e.getValue(), args);
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
