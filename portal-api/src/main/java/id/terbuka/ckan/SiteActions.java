package id.terbuka.ckan;

import id.terbuka.shared.TerbukaConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Site-level actions: {@code status_show}, {@code site_read}, {@code help_show}. */
@ApplicationScoped
public class SiteActions {
  /** The CKAN release whose Action API this portal follows. */
  public static final String CKAN_VERSION = "2.11.5";

  @Inject TerbukaConfig config;

  void register(ActionTable t) {
    t.read("status_show", c -> status());
    t.read("site_read", c -> true);
    t.read(
        "help_show",
        c ->
            "CKAN Action API v3 action '"
                + c.required("name")
                + "'. See "
                + config.siteUrl()
                + "/openapi and docs/api.md for parameters.");
  }

  private Map<String, Object> status() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("site_title", config.siteTitle());
    m.put(
        "site_description",
        "Portal data terbuka Kabupaten Bojonegoro: dataset, anggaran, kontrak dan Dasa Wisma.");
    m.put("site_url", config.siteUrl());
    m.put("locale_default", "id");
    m.put("ckan_version", CKAN_VERSION);
    m.put("api_version", 3);
    m.put("extensions", List.of("activity", "terbuka"));
    return m;
  }
}
