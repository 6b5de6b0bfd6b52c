package id.terbuka.dcat.domain;

import id.terbuka.shared.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Project Open Data's catalogue (DCAT-US 1.1, {@code /data.json}) from CKAN dataset dicts: the
 * required fields always present (an empty keyword list stays a list), the optional ones only when
 * the dataset has them.
 */
public final class DataJson {
  public static final String SCHEMA = "https://project-open-data.cio.gov/v1.1/schema";

  private final String site;

  public DataJson(String site) {
    this.site = site;
  }

  /** The catalogue's own keys, before its {@code dataset} list. */
  public Map<String, Object> catalogHead() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("@context", SCHEMA + "/catalog.jsonld");
    m.put("@id", site + "/data.json");
    m.put("@type", "dcat:Catalog");
    m.put("conformsTo", SCHEMA);
    m.put("describedBy", SCHEMA + "/catalog.json");
    return m;
  }

  /** One dataset entry. */
  public Map<String, Object> dataset(Map<String, Object> d) {
    Map<String, Object> m = new LinkedHashMap<>();
    String title =
        Optional.ofNullable(DcatMapping.text(d, "title")).orElse(DcatMapping.text(d, "name"));
    m.put("@type", "dcat:Dataset");
    m.put("title", title);
    m.put("description", Optional.ofNullable(DcatMapping.text(d, "notes")).orElse(title));
    List<String> keywords = new ArrayList<>();
    for (Object t : Values.list(d.get("tags"))) {
      if (t instanceof Map<?, ?> tag && tag.get("name") != null) {
        keywords.add(tag.get("name").toString());
      }
    }
    m.put("keyword", keywords);
    m.put("modified", utc(DcatMapping.text(d, "metadata_modified")));
    m.put("publisher", publisher(d));
    m.put("contactPoint", contact(d));
    m.put("identifier", site + "/dataset/" + DcatMapping.text(d, "id"));
    m.put("accessLevel", "public");
    m.put("landingPage", site + "/dataset/" + DcatMapping.text(d, "name"));
    putIfPresent(m, "license", DcatMapping.text(d, "license_url"));
    putIfPresent(m, "issued", utc(DcatMapping.text(d, "metadata_created")));
    Frequencies.iso8601(DcatMapping.text(d, "frekuensi"))
        .ifPresent(f -> m.put("accrualPeriodicity", f));
    List<Object> places = Values.list(d.get("cakupan_wilayah"));
    if (!places.isEmpty()) {
      m.put("spatial", String.join(",", places.stream().map(Object::toString).toList()));
    }
    String start = DcatMapping.text(d, "cakupan_waktu_mulai");
    String end = DcatMapping.text(d, "cakupan_waktu_selesai");
    if (start != null && end != null) {
      m.put("temporal", start + "/" + end);
    }
    m.put("distribution", distributions(d));
    return m;
  }

  private static Map<String, Object> publisher(Map<String, Object> d) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("@type", "org:Organization");
    String name = null;
    if (d.get("organization") instanceof Map<?, ?> org && org.get("title") != null) {
      name = org.get("title").toString();
    }
    p.put("name", name == null ? "" : name);
    return p;
  }

  private static Map<String, Object> contact(Map<String, Object> d) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("@type", "vcard:Contact");
    String name =
        Optional.ofNullable(DcatMapping.text(d, "maintainer"))
            .orElse(DcatMapping.text(d, "author"));
    String email =
        Optional.ofNullable(DcatMapping.text(d, "maintainer_email"))
            .orElse(DcatMapping.text(d, "author_email"));
    c.put("fn", name == null ? "" : name);
    if (email != null) {
      c.put("hasEmail", "mailto:" + email);
    }
    return c;
  }

  private static List<Map<String, Object>> distributions(Map<String, Object> d) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object o : Values.list(d.get("resources"))) {
      if (!(o instanceof Map<?, ?> r)) {
        continue;
      }
      Map<String, Object> dist = new LinkedHashMap<>();
      dist.put("@type", "dcat:Distribution");
      Object url = r.get("url");
      if (url != null && XmlText.isHttpUrl(url.toString())) {
        dist.put("downloadURL", url.toString());
      }
      putIfPresent(dist, "mediaType", r.get("mimetype"));
      putIfPresent(dist, "format", r.get("format"));
      putIfPresent(dist, "title", r.get("name"));
      putIfPresent(dist, "description", r.get("description"));
      out.add(dist);
    }
    return out;
  }

  private static void putIfPresent(Map<String, Object> m, String key, Object value) {
    if (value != null && !value.toString().isBlank()) {
      m.put(key, value.toString());
    }
  }

  private static String utc(String ckanTimestamp) {
    return ckanTimestamp == null || ckanTimestamp.endsWith("Z")
        ? ckanTimestamp
        : ckanTimestamp + "Z";
  }
}
