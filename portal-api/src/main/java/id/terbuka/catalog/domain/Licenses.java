package id.terbuka.catalog.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CKAN's default licence list (same ids, so harvesters map them unchanged; cc-by is pinned to 4.0).
 * The default for new datasets is {@code cc-by}, Creative Commons Attribution 4.0.
 */
public final class Licenses {
  public static final String DEFAULT_ID = "cc-by";

  private static final Map<String, License> ALL = new LinkedHashMap<>();

  static {
    add("notspecified", "License not specified", "", false);
    add(
        "odc-pddl",
        "Open Data Commons Public Domain Dedication and License (PDDL)",
        "http://www.opendefinition.org/licenses/odc-pddl",
        true);
    add(
        "odc-odbl",
        "Open Data Commons Open Database License (ODbL)",
        "http://www.opendefinition.org/licenses/odc-odbl",
        true);
    add(
        "odc-by",
        "Open Data Commons Attribution License",
        "http://www.opendefinition.org/licenses/odc-by",
        true);
    add(
        "cc-zero",
        "Creative Commons CCZero",
        "http://www.opendefinition.org/licenses/cc-zero",
        true);
    add(
        "cc-by",
        // CKAN's id (so harvesters map it unchanged), pinned to version 4.0 as the regency
        // publishes under CC BY 4.0.
        "Creative Commons Attribution 4.0",
        "https://creativecommons.org/licenses/by/4.0/",
        true);
    add(
        "cc-by-sa",
        "Creative Commons Attribution Share-Alike",
        "http://www.opendefinition.org/licenses/cc-by-sa",
        true);
    add(
        "gfdl",
        "GNU Free Documentation License",
        "http://www.opendefinition.org/licenses/gfdl",
        true);
    add("other-open", "Other (Open)", "", true);
    add("other-pd", "Other (Public Domain)", "", true);
    add("other-at", "Other (Attribution)", "", true);
    add(
        "uk-ogl",
        "UK Open Government Licence (OGL)",
        "http://reference.data.gov.uk/id/open-government-licence",
        true);
    add(
        "cc-nc",
        "Creative Commons Non-Commercial (Any)",
        "http://creativecommons.org/licenses/by-nc/2.0/",
        false);
    add("other-nc", "Other (Non-Commercial)", "", false);
    add("other-closed", "Other (Not Open)", "", false);
  }

  private Licenses() {}

  private static void add(String id, String title, String url, boolean open) {
    ALL.put(id, new License(id, title, url, open));
  }

  public static List<License> all() {
    return List.copyOf(ALL.values());
  }

  public static Optional<License> find(String id) {
    return Optional.ofNullable(id == null ? null : ALL.get(id));
  }

  /** The title to show for an id; unknown ids (CKAN accepts any) show as themselves. */
  public static String title(String id) {
    return find(id).map(License::title).orElse(id);
  }
}
