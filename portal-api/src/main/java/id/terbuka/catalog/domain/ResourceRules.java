package id.terbuka.catalog.domain;

import id.terbuka.shared.FieldErrors;
import id.terbuka.shared.TypedFields;
import id.terbuka.shared.Values;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks and applies a resource dict: known fields to columns, anything else kept as extras (CKAN's
 * rule), formats normalised ({@code text/csv} and {@code csv} become {@code CSV}).
 */
public final class ResourceRules {
  /** Keys the server manages: ignored when a client sends them. */
  private static final Set<String> MANAGED =
      Set.of(
          "id",
          "package_id",
          "position",
          "state",
          "created",
          "metadata_modified",
          "upload",
          "datastore_active",
          "datastore_status",
          "datastore_rows",
          "datastore_error",
          "cache_url",
          "cache_last_updated",
          "clear_upload");

  private static final Set<String> COLUMNS =
      Set.of(
          "url",
          "name",
          "description",
          "format",
          "mimetype",
          "mimetype_inner",
          "size",
          "hash",
          "resource_type",
          "url_type",
          "last_modified");

  private static final Map<String, String> FORMAT_BY_MIMETYPE =
      Map.ofEntries(
          Map.entry("text/csv", "CSV"),
          Map.entry("application/csv", "CSV"),
          Map.entry("text/tab-separated-values", "TSV"),
          Map.entry("application/json", "JSON"),
          Map.entry("application/xml", "XML"),
          Map.entry("text/xml", "XML"),
          Map.entry("application/pdf", "PDF"),
          Map.entry("application/vnd.ms-excel", "XLS"),
          Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX"),
          Map.entry("application/zip", "ZIP"),
          Map.entry("text/html", "HTML"),
          Map.entry("text/plain", "TXT"),
          Map.entry("application/geo+json", "GeoJSON"));

  private static final Map<String, String> MIMETYPE_BY_FORMAT =
      Map.ofEntries(
          Map.entry("CSV", "text/csv"),
          Map.entry("TSV", "text/tab-separated-values"),
          Map.entry("JSON", "application/json"),
          Map.entry("XML", "application/xml"),
          Map.entry("PDF", "application/pdf"),
          Map.entry("XLS", "application/vnd.ms-excel"),
          Map.entry("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
          Map.entry("ZIP", "application/zip"),
          Map.entry("HTML", "text/html"),
          Map.entry("TXT", "text/plain"),
          Map.entry("GEOJSON", "application/geo+json"));

  /**
   * What a link resource may point at: a web or FTP address with a host. Anything else (a {@code
   * javascript:} or {@code data:} URL, a bare word) would be a link on our pages that runs or shows
   * something other than a download.
   */
  private static final Pattern LINK = Pattern.compile("(?i)(https?|ftp)://[^\\s/?#]+\\P{Cntrl}*");

  /** Resources whose URL the server sets: an uploaded file, a DataStore table. */
  private static final Set<String> SERVER_URL_TYPES = Set.of("upload", "datastore");

  private ResourceRules() {}

  /**
   * Checks a resource's link once its kind is settled (after an upload was attached): a link
   * resource's URL must be {@code http}, {@code https} or {@code ftp}.
   */
  public static void checkLink(Resource r, FieldErrors errors) {
    if (r.url == null || (r.urlType != null && SERVER_URL_TYPES.contains(r.urlType))) {
      return;
    }
    if (!LINK.matcher(r.url).matches()) {
      errors.add(
          "url", "Must be an http, https or ftp URL (for example https://example.org/data.csv)");
    }
  }

  /** Writes the dict onto the resource; {@code replace} clears fields the dict leaves out. */
  public static void apply(
      Map<String, Object> dict, Resource r, boolean replace, FieldErrors errors) {
    boolean upload = "upload".equals(r.urlType);
    if (replace) {
      clearForReplace(dict, r, upload);
    }
    // A new map, never an in-place change: EclipseLink compares converted attributes by
    // reference, so a mutated map would not be written (and a later refresh brings it back).
    Map<String, String> extras = replace ? new LinkedHashMap<>() : new LinkedHashMap<>(r.extras);
    for (Map.Entry<String, Object> e : dict.entrySet()) {
      String key = e.getKey();
      Object value = e.getValue();
      if (MANAGED.contains(key)) {
        continue;
      }
      if (COLUMNS.contains(key)) {
        applyColumn(dict, key, value, r, upload, errors);
      } else if (value == null) {
        extras.remove(key);
      } else {
        extras.put(key, value instanceof String s ? s : id.terbuka.shared.Json.write(value));
      }
    }
    r.extras = extras;
    // The columns that have a length: a longer value is the client's problem, not a database error.
    TypedFields.maxLength(r.format, 100, "format", errors);
    TypedFields.maxLength(r.urlType, 20, "url_type", errors);
    settleUploadUrl(dict, r, upload);
    normalise(r);
  }

  /** Clears what a full update must send again; an uploaded file's own facts stay. */
  private static void clearForReplace(Map<String, Object> dict, Resource r, boolean upload) {
    // An uploaded file's name is, like its size and hash, a fact about the stored file: an
    // update that does not send a url keeps it (else the download link would break).
    if (!upload || dict.containsKey("url")) {
      r.url = null;
    }
    r.name = null;
    r.description = null;
    r.format = null;
    r.mimetype = null;
    r.mimetypeInner = null;
    if (!upload) {
      // Size and hash of an uploaded file are facts about the stored file, not client input.
      r.size = null;
      r.hash = null;
      r.urlType = null;
    }
    r.resourceType = null;
  }

  /** Writes one of the {@link #COLUMNS} from the dict; a bad value is added to the errors. */
  private static void applyColumn(
      Map<String, Object> dict,
      String key,
      Object value,
      Resource r,
      boolean upload,
      FieldErrors errors) {
    switch (key) {
      case "url" -> r.url = TypedFields.text(dict, key, errors);
      case "name" -> r.name = TypedFields.text(dict, key, errors);
      case "description" -> r.description = TypedFields.rawText(dict, key, errors);
      case "format" -> r.format = TypedFields.text(dict, key, errors);
      case "mimetype" -> r.mimetype = TypedFields.text(dict, key, errors);
      case "mimetype_inner" -> r.mimetypeInner = TypedFields.text(dict, key, errors);
      case "hash" -> {
        // The hash of an uploaded file addresses it in the store: the server's alone.
        if (!upload) {
          r.hash = Values.text(value);
        }
      }
      case "resource_type" -> r.resourceType = TypedFields.text(dict, key, errors);
      case "url_type" -> {
        // Only the server makes a resource an upload (by storing a file); a client could
        // otherwise point a resource at any stored file through its hash.
        String type = TypedFields.text(dict, key, errors);
        if (!upload && !"upload".equals(type)) {
          r.urlType = type;
        }
      }
      case "size" -> {
        if (!upload) {
          applySize(value, r, errors);
        }
      }
      case "last_modified" -> applyLastModified(value, r, errors);
      default -> {}
    }
  }

  /** Sets the size when the value is an integer; else the error, and the size stays. */
  private static void applySize(Object value, Resource r, FieldErrors errors) {
    String s = Values.text(value);
    try {
      r.size = s == null ? null : Long.parseLong(s);
    } catch (NumberFormatException ex) {
      errors.add("size", "Invalid integer");
    }
  }

  /** Sets last_modified when the value is an ISO date-time; else the error, and it stays. */
  private static void applyLastModified(Object value, Resource r, FieldErrors errors) {
    String s = Values.text(value);
    try {
      r.lastModified = s == null ? null : java.time.LocalDateTime.parse(s.replace("Z", ""));
    } catch (java.time.format.DateTimeParseException ex) {
      errors.add("last_modified", "Date format incorrect");
    }
  }

  /**
   * An uploaded resource that was sent a new external URL becomes a link; the download URL we gave
   * a client, sent back, is stored as the file name again.
   */
  private static void settleUploadUrl(Map<String, Object> dict, Resource r, boolean upload) {
    if (upload && dict.containsKey("url")) {
      String sent = Values.text(dict.get("url"));
      if (sent != null && sent.contains("/") && !sent.contains("/download/")) {
        // A new external URL replaces the uploaded file: the resource becomes a link.
        r.urlType = null;
        r.hash = null;
        r.size = null;
      }
    }
    if ("upload".equals(r.urlType) && r.url != null && r.url.contains("/download/")) {
      // Clients send back the download URL we gave them; the stored value is the file name.
      r.url = r.url.substring(r.url.lastIndexOf("/download/") + "/download/".length());
    }
  }

  /** Fills format from mimetype or URL extension and mimetype from format, as CKAN guesses them. */
  public static void normalise(Resource r) {
    if (r.format != null) {
      String mapped = FORMAT_BY_MIMETYPE.get(r.format.toLowerCase(Locale.ROOT));
      r.format =
          mapped != null ? mapped : r.format.toUpperCase(Locale.ROOT).replace("GEOJSON", "GeoJSON");
    } else if (r.mimetype != null
        && FORMAT_BY_MIMETYPE.containsKey(r.mimetype.toLowerCase(Locale.ROOT))) {
      r.format = FORMAT_BY_MIMETYPE.get(r.mimetype.toLowerCase(Locale.ROOT));
    } else if (r.url != null) {
      String path = r.url.replaceAll("[?#].*$", "");
      int dot = path.lastIndexOf('.');
      if (dot > path.lastIndexOf('/') && path.length() - dot <= 8) {
        String ext = path.substring(dot + 1).toUpperCase(Locale.ROOT);
        if (MIMETYPE_BY_FORMAT.containsKey(ext)) {
          r.format = ext.equals("GEOJSON") ? "GeoJSON" : ext;
        }
      }
    }
    if (r.mimetype == null && r.format != null) {
      r.mimetype = MIMETYPE_BY_FORMAT.get(r.format.toUpperCase(Locale.ROOT));
    }
  }
}
