package id.terbuka.catalog.domain;

import id.terbuka.shared.FieldErrors;
import id.terbuka.shared.TypedFields;
import id.terbuka.shared.Values;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Checks a dataset dict against CKAN's rules (names, tags, emails, extras) and the Satu Data
 * Indonesia ones (frequency, region codes, coverage period), collecting every problem at once. The
 * API and the publisher pages both come through here, so there is one copy of each rule.
 */
public final class DatasetRules {
  /** Satu Data's update frequencies, most frequent first (the forms list them in this order). */
  public static final List<String> FREQUENCIES =
      List.of(
          "harian", "mingguan", "bulanan", "triwulanan", "semesteran", "tahunan", "tidak_tetap");

  /** Satu Data fields, also accepted when a client sends them as extras. */
  public static final List<String> SATU_DATA_FIELDS =
      List.of(
          "produsen_data",
          "frekuensi",
          "cakupan_wilayah",
          "cakupan_waktu_mulai",
          "cakupan_waktu_selesai",
          "satuan",
          "metodologi");

  /** Keys that are dataset fields, so they cannot also be extras. */
  public static final Set<String> CORE_FIELDS =
      Set.of(
          "id",
          "name",
          "title",
          "type",
          "state",
          "private",
          "owner_org",
          "notes",
          "url",
          "version",
          "author",
          "author_email",
          "maintainer",
          "maintainer_email",
          "license_id",
          "tags",
          "groups",
          "resources",
          "extras",
          "metadata_created",
          "metadata_modified",
          "creator_user_id",
          "organization",
          "num_resources",
          "num_tags",
          "isopen",
          "review_status",
          "review_reason");

  private static final Pattern NAME = Pattern.compile("[a-z0-9_\\-]*");
  private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N} \\-_.]*");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Set<String> RESERVED_NAMES = Set.of("new", "edit", "search");

  private DatasetRules() {}

  /** What the rules need to know about the rest of the catalogue. */
  public interface Lookups {
    boolean regionExists(String code);

    /** Whether another dataset already uses this name. */
    boolean nameTaken(String name);

    boolean organizationExists(String idOrName);

    boolean groupExists(String idOrName);
  }

  /** Normalises {@code dict}, or throws with every problem found. */
  public static DatasetInput check(Map<String, Object> dict, Lookups lookups) {
    FieldErrors errors = new FieldErrors();
    DatasetInput in = new DatasetInput();
    // The order of the checks is the order of the messages a client sees.
    checkNameAndState(dict, in, lookups, errors);
    checkOwner(dict, in, lookups, errors);
    checkDescription(dict, in, errors);
    Map<String, Object> satuData = satuDataFields(dict);
    checkExtras(TypedFields.list(dict, "extras", errors), in, satuData, errors);
    checkSatuData(satuData, in, lookups::regionExists, errors);
    checkTags(dict, in, errors);
    checkGroups(dict, in, lookups, errors);
    checkResources(dict, in, errors);
    errors.throwIfAny();
    return in;
  }

  /** name, title, type, state and private. */
  private static void checkNameAndState(
      Map<String, Object> dict, DatasetInput in, Lookups lookups, FieldErrors errors) {
    in.name = TypedFields.text(dict, "name", errors);
    if (!errors.has("name")) {
      checkName(in.name, errors, lookups::nameTaken);
    }
    in.title = TypedFields.text(dict, "title", errors);
    if (in.title != null && in.title.length() > 1000) {
      errors.add("title", "Title must be a maximum of 1000 characters long");
    }
    String type = TypedFields.text(dict, "type", errors);
    in.type = type == null ? "dataset" : type;
    TypedFields.maxLength(type, 100, "type", errors);
    in.state = TypedFields.text(dict, "state", errors);
    if (in.state != null && !Set.of("active", "draft").contains(in.state)) {
      errors.add("state", "State must be one of: active, draft");
    }
    try {
      in.isPrivate = Values.bool(dict.get("private"));
    } catch (IllegalArgumentException e) {
      errors.add("private", "Value must be one of: True, False");
    }
  }

  private static void checkOwner(
      Map<String, Object> dict, DatasetInput in, Lookups lookups, FieldErrors errors) {
    in.ownerOrg = TypedFields.text(dict, "owner_org", errors);
    if (errors.has("owner_org")) {
      // a value of the wrong type, already reported
    } else if (in.ownerOrg == null) {
      errors.add("owner_org", "Missing value");
    } else if (!lookups.organizationExists(in.ownerOrg)) {
      errors.add("owner_org", "Organization does not exist");
    }
  }

  /** notes, url, version, author and maintainer with their emails, licence. */
  private static void checkDescription(
      Map<String, Object> dict, DatasetInput in, FieldErrors errors) {
    in.notes = TypedFields.rawText(dict, "notes", errors);
    in.url = TypedFields.text(dict, "url", errors);
    in.version = TypedFields.text(dict, "version", errors);
    if (in.version != null && in.version.length() > 100) {
      errors.add("version", "Version must be a maximum of 100 characters long");
    }
    in.author = TypedFields.text(dict, "author", errors);
    in.authorEmail = email(dict, "author_email", errors);
    in.maintainer = TypedFields.text(dict, "maintainer", errors);
    in.maintainerEmail = email(dict, "maintainer_email", errors);
    String license = TypedFields.text(dict, "license_id", errors);
    in.licenseId = license == null ? Licenses.DEFAULT_ID : license;
    TypedFields.maxLength(license, 100, "license_id", errors);
  }

  /** The Satu Data fields sent at the top level (extras may add more). */
  private static Map<String, Object> satuDataFields(Map<String, Object> dict) {
    Map<String, Object> satuData = new java.util.HashMap<>();
    for (String f : SATU_DATA_FIELDS) {
      if (dict.get(f) != null) {
        satuData.put(f, dict.get(f));
      }
    }
    return satuData;
  }

  private static void checkGroups(
      Map<String, Object> dict, DatasetInput in, Lookups lookups, FieldErrors errors) {
    for (Object g : TypedFields.list(dict, "groups", errors)) {
      Map<String, Object> group = Values.map(g);
      String ref = group == null ? Values.text(g) : firstText(group.get("id"), group.get("name"));
      if (ref == null) {
        errors.add("groups", "Missing value");
      } else if (!lookups.groupExists(ref)) {
        errors.add("groups", "Group " + ref + " does not exist");
      } else if (!in.groups.contains(ref)) {
        in.groups.add(ref);
      }
    }
  }

  /** Resources sent with the dataset: kept as dicts for the resource rules, only when sent. */
  private static void checkResources(
      Map<String, Object> dict, DatasetInput in, FieldErrors errors) {
    if (dict.containsKey("resources")) {
      in.resources = new ArrayList<>();
      for (Object r : TypedFields.list(dict, "resources", errors)) {
        Map<String, Object> resource = Values.map(r);
        if (resource == null) {
          errors.add("resources", "Each resource must be an object");
        } else {
          in.resources.add(resource);
        }
      }
    }
  }

  public static void checkName(String name, FieldErrors errors, Predicate<String> nameTaken) {
    if (name == null) {
      errors.add("name", "Missing value");
      return;
    }
    if (name.length() < 2) {
      errors.add("name", "Must be at least 2 characters long");
    }
    if (name.length() > 100) {
      errors.add("name", "Name must be a maximum of 100 characters long");
    }
    if (!NAME.matcher(name).matches()) {
      errors.add(
          "name", "Must be purely lowercase alphanumeric (ascii) characters and these symbols: -_");
    }
    if (RESERVED_NAMES.contains(name)) {
      errors.add("name", "That name cannot be used");
    }
    if (!errors.has("name") && nameTaken.test(name)) {
      errors.add("name", "That URL is already in use.");
    }
  }

  private static String email(Map<String, Object> dict, String field, FieldErrors errors) {
    String email = TypedFields.text(dict, field, errors);
    if (email != null && !EMAIL.matcher(email).matches()) {
      errors.add(field, "Email " + email + " is not a valid format");
    }
    return email;
  }

  private static void checkExtras(
      List<Object> items, DatasetInput in, Map<String, Object> satuData, FieldErrors errors) {
    for (Object item : items) {
      Map<String, Object> extra = Values.map(item);
      String key = extra == null ? null : Values.text(extra.get("key"));
      if (key == null) {
        errors.add("extras", "key: Missing value");
        continue;
      }
      Object value = extra.get("value");
      if (key.length() > 200) {
        errors.add("extras", "Key must be a maximum of 200 characters long");
        continue;
      }
      if (SATU_DATA_FIELDS.contains(key)) {
        satuData.putIfAbsent(key, value);
      } else if (CORE_FIELDS.contains(key)) {
        errors.add("extras", "There is a schema field with the same name: " + key);
      } else if (in.extras.containsKey(key)) {
        errors.add("extras", "Duplicate key \"" + key + "\"");
      } else {
        in.extras.put(key, value == null ? "" : value.toString());
      }
    }
  }

  private static void checkSatuData(
      Map<String, Object> values,
      DatasetInput in,
      Predicate<String> regionExists,
      FieldErrors errors) {
    in.produsenData = TypedFields.text(values, "produsen_data", errors);
    in.satuan = TypedFields.text(values, "satuan", errors);
    in.metodologi = TypedFields.rawText(values, "metodologi", errors);
    in.frekuensi = TypedFields.text(values, "frekuensi", errors);
    if (in.frekuensi != null && !FREQUENCIES.contains(in.frekuensi)) {
      errors.add(
          "frekuensi",
          "Must be one of: harian, mingguan, bulanan, triwulanan, semesteran, tahunan,"
              + " tidak_tetap");
    }
    Object regions = values.get("cakupan_wilayah");
    List<Object> codes =
        regions instanceof String s && !s.trim().startsWith("[")
            ? new ArrayList<>(List.of((Object[]) s.split(",")))
            : Values.list(regions);
    Set<String> unique = new LinkedHashSet<>();
    for (Object c : codes) {
      String code = Values.text(c);
      if (code == null) {
        continue;
      }
      if (!regionExists.test(code)) {
        errors.add("cakupan_wilayah", "Unknown Kemendagri region code: " + code);
      }
      unique.add(code);
    }
    in.cakupanWilayah = new ArrayList<>(unique);
    in.cakupanWaktuMulai = date(values, "cakupan_waktu_mulai", errors);
    in.cakupanWaktuSelesai = date(values, "cakupan_waktu_selesai", errors);
    if (in.cakupanWaktuMulai != null
        && in.cakupanWaktuSelesai != null
        && in.cakupanWaktuSelesai.isBefore(in.cakupanWaktuMulai)) {
      errors.add("cakupan_waktu_selesai", "Must not be before cakupan_waktu_mulai");
    }
  }

  private static LocalDate date(Map<String, Object> values, String field, FieldErrors errors) {
    String text = TypedFields.text(values, field, errors);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(
          text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      errors.add(field, "Date format incorrect (expected YYYY-MM-DD)");
      return null;
    }
  }

  private static void checkTags(Map<String, Object> dict, DatasetInput in, FieldErrors errors) {
    List<String> names = new ArrayList<>();
    for (Object t : TypedFields.list(dict, "tags", errors)) {
      Map<String, Object> tag = Values.map(t);
      String name = tag == null ? Values.text(t) : Values.text(tag.get("name"));
      if (name == null) {
        errors.add("tags", "name: Missing value");
      } else {
        names.add(name);
      }
    }
    String tagString = TypedFields.text(dict, "tag_string", errors);
    if (tagString != null) {
      for (String t : tagString.split(",")) {
        if (!t.isBlank()) {
          names.add(t.trim());
        }
      }
    }
    Set<String> unique = new LinkedHashSet<>();
    for (String name : names) {
      if (name.length() < 2) {
        errors.add("tags", "Tag \"" + name + "\" length is less than minimum 2");
      } else if (name.length() > 100) {
        errors.add("tags", "Tag \"" + name + "\" length is more than maximum 100");
      } else if (!TAG.matcher(name).matches()) {
        errors.add("tags", "Tag \"" + name + "\" must be alphanumeric characters or symbols: -_.");
      }
      unique.add(name);
    }
    in.tags = new ArrayList<>(unique);
  }

  private static String firstText(Object a, Object b) {
    String first = Values.text(a);
    return first != null ? first : Values.text(b);
  }
}
