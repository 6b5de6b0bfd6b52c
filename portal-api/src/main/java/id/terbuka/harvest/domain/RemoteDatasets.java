package id.terbuka.harvest.domain;

import id.terbuka.shared.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A remote CKAN dataset dict as a local {@code package_create} dict. Only the fields we know are
 * copied, each checked for its JSON type (a stranger's dict may hold anything); groups are not
 * copied (the remote's topics are not ours); resources become links to the remote URLs (no file is
 * copied). Satu Data fields are taken at the top level or from extras. The dict carries {@code
 * harvest_*} extras naming where it came from, and a content hash: the same remote content always
 * gives the same hash, which is how a repeated run knows that nothing changed.
 */
public final class RemoteDatasets {
  /** Dataset fields copied as they are (text). */
  private static final List<String> TEXT_FIELDS =
      List.of(
          "title",
          "notes",
          "url",
          "version",
          "author",
          "author_email",
          "maintainer",
          "maintainer_email",
          "license_id");

  static final List<String> SATU_DATA =
      List.of(
          "produsen_data",
          "frekuensi",
          "cakupan_wilayah",
          "cakupan_waktu_mulai",
          "cakupan_waktu_selesai",
          "satuan",
          "metodologi");

  /** Keys of extras the remote may not set: ours, or fields of the dataset itself. */
  private static final Set<String> NOT_EXTRAS =
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
          "isopen");

  private static final List<String> RESOURCE_TEXT =
      List.of("name", "description", "format", "mimetype");
  private static final Pattern LINK = Pattern.compile("(?i)(https?|ftp)://[^\\s/?#]+\\P{Cntrl}*");

  private RemoteDatasets() {}

  /** Where the dataset goes and where it came from. */
  public record Target(String sourceId, String sourceUrl, String organizationId) {}

  /**
   * A mapped dataset: {@code dict} lacks {@code id} and {@code name} (the service knows the local
   * ones) and resource ids (matched by position to the local ones).
   */
  public record Mapped(
      String remoteId,
      String remoteName,
      String remoteModified,
      Map<String, Object> dict,
      String sha256) {}

  /** The remote dataset's id, or why the dict cannot be harvested. */
  public static String remoteId(Object item) {
    if (!(item instanceof Map<?, ?> m)) {
      throw new HarvestException("The search result is not a dataset object");
    }
    Object id = m.get("id");
    if (!(id instanceof String s) || s.isBlank() || s.length() > 200) {
      throw new HarvestException("The dataset has no usable id");
    }
    return s.strip();
  }

  @SuppressWarnings("unchecked")
  public static Mapped map(Object item, Target target) {
    String remoteId = remoteId(item);
    Map<String, Object> remote = (Map<String, Object>) item;
    String remoteName = text(remote, "name");
    if (remoteName == null) {
      throw new HarvestException("The dataset has no name");
    }
    Map<String, Object> dict = new LinkedHashMap<>();
    dict.put("owner_org", target.organizationId());
    dict.put("private", false);
    for (String f : TEXT_FIELDS) {
      String value = f.equals("notes") ? rawText(remote, f) : text(remote, f);
      if (value != null) {
        dict.put(f, value);
      }
    }
    dict.putIfAbsent("title", remoteName);
    dict.put("tags", tags(remote.get("tags")));
    Map<String, Object> extras = extras(remote.get("extras"));
    for (String f : SATU_DATA) {
      Object value = remote.containsKey(f) ? remote.get(f) : extras.get(f);
      extras.remove(f);
      if (value instanceof String s && !s.isBlank()) {
        dict.put(f, s.strip());
      } else if (value instanceof List<?> l && f.equals("cakupan_wilayah")) {
        dict.put(f, textList(l, f));
      } else if (value != null && !(value instanceof String)) {
        throw new HarvestException("Field " + f + " is neither text nor a list of codes");
      }
    }
    extras.put("harvest_source_id", target.sourceId());
    extras.put("harvest_source_url", target.sourceUrl());
    extras.put("harvest_remote_id", remoteId);
    extras.put("harvest_remote_url", target.sourceUrl() + "/dataset/" + remoteName);
    List<Map<String, Object>> extraList = new ArrayList<>();
    // Ordered maps only: Map.of's iteration order changes between JVM runs, the hash must not.
    extras.forEach(
        (k, v) -> {
          Map<String, Object> extra = new LinkedHashMap<>();
          extra.put("key", k);
          extra.put("value", v);
          extraList.add(extra);
        });
    dict.put("extras", extraList);
    dict.put("resources", resources(remote.get("resources")));
    String modified = text(remote, "metadata_modified");
    return new Mapped(remoteId, remoteName, modified, dict, sha256(Json.write(dict)));
  }

  private static List<String> tags(Object value) {
    List<String> names = new ArrayList<>();
    if (value == null) {
      return names;
    }
    if (!(value instanceof List<?> list)) {
      throw new HarvestException("Field tags is not a list");
    }
    for (Object t : list) {
      Object name = t instanceof Map<?, ?> m ? m.get("name") : t;
      if (!(name instanceof String s) || s.isBlank()) {
        throw new HarvestException("A tag has no name");
      }
      if (!names.contains(s.strip())) {
        names.add(s.strip());
      }
    }
    names.sort(null);
    return names;
  }

  /** Extras by key, sorted so that their order on the remote does not count as a change. */
  private static Map<String, Object> extras(Object value) {
    Map<String, Object> extras = new TreeMap<>();
    if (value == null) {
      return extras;
    }
    if (!(value instanceof List<?> list)) {
      throw new HarvestException("Field extras is not a list");
    }
    for (Object e : list) {
      if (!(e instanceof Map<?, ?> m) || !(m.get("key") instanceof String key)) {
        throw new HarvestException("An extra has no key");
      }
      Object v = m.get("value");
      if (key.startsWith("harvest_") || NOT_EXTRAS.contains(key)) {
        continue;
      }
      if (SATU_DATA.contains(key)) {
        extras.put(key, v);
      } else {
        extras.put(key, v == null ? "" : v instanceof String s ? s : Json.write(v));
      }
    }
    return extras;
  }

  private static List<Map<String, Object>> resources(Object value) {
    List<Map<String, Object>> out = new ArrayList<>();
    if (value == null) {
      return out;
    }
    if (!(value instanceof List<?> list)) {
      throw new HarvestException("Field resources is not a list");
    }
    for (Object item : list) {
      if (!(item instanceof Map<?, ?> raw)) {
        throw new HarvestException("A resource is not an object");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> r = (Map<String, Object>) raw;
      Map<String, Object> local = new LinkedHashMap<>();
      String url = text(r, "url");
      if (url != null && !LINK.matcher(url).matches()) {
        throw new HarvestException(
            "Resource " + position(out) + " has a URL that is not http, https or ftp");
      }
      local.put("url", url == null ? "" : url);
      for (String f : RESOURCE_TEXT) {
        String v = f.equals("description") ? rawText(r, f) : text(r, f);
        if (v != null) {
          local.put(f, v);
        }
      }
      if (r.get("size") instanceof Number n && n.longValue() >= 0) {
        local.put("size", n.longValue());
      }
      out.add(local);
    }
    return out;
  }

  private static String position(List<?> done) {
    return Integer.toString(done.size() + 1);
  }

  private static List<String> textList(List<?> list, String field) {
    List<String> out = new ArrayList<>();
    for (Object o : list) {
      if (!(o instanceof String s)) {
        throw new HarvestException("Field " + field + " holds something other than text");
      }
      out.add(s.strip());
    }
    return out;
  }

  /** Text, stripped; blank is absent; anything other than a string is the remote's error. */
  private static String text(Map<String, Object> m, String field) {
    String raw = rawText(m, field);
    return raw == null || raw.isBlank() ? null : raw.strip();
  }

  private static String rawText(Map<String, Object> m, String field) {
    Object v = m.get(field);
    if (v == null) {
      return null;
    }
    if (!(v instanceof String s)) {
      throw new HarvestException("Field " + field + " is not text");
    }
    if (s.indexOf('\u0000') >= 0) {
      throw new HarvestException("Field " + field + " contains a NUL character");
    }
    return s.isEmpty() ? null : s;
  }

  static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
