package id.terbuka.ckan;

import id.terbuka.catalog.domain.CatalogDicts;
import id.terbuka.catalog.domain.License;
import id.terbuka.catalog.domain.Licenses;
import id.terbuka.catalog.service.DatasetSearch;
import id.terbuka.catalog.service.DatasetService;
import id.terbuka.catalog.service.GroupService;
import id.terbuka.catalog.service.ResourceService;
import id.terbuka.catalog.service.TagService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Read actions of the catalogue: search, show, lists, autocomplete. */
@ApplicationScoped
public class CatalogReadActions {
  @Inject DatasetService datasets;
  @Inject ResourceService resources;
  @Inject GroupService groups;
  @Inject DatasetSearch search;
  @Inject TagService tags;

  void register(ActionTable t) {
    t.read("package_search", c -> search.search(c.actor(), c.params()));
    t.read("package_show", c -> datasets.show(c.actor(), c.required("id")));
    t.read("package_list", c -> datasets.listNames(limit(c, Integer.MAX_VALUE), offset(c)));
    t.read(
        "current_package_list_with_resources",
        c -> datasets.currentWithResources(limit(c, 10), offset(c)));
    t.read("resource_show", c -> resources.show(c.actor(), c.required("id")));
    t.read("organization_list", c -> groups.list(c.actor(), c.params(), true));
    t.read("group_list", c -> groups.list(c.actor(), c.params(), false));
    t.read(
        "organization_show",
        c -> groups.show(c.actor(), c.required("id"), true, c.bool("include_datasets", false)));
    t.read(
        "group_show",
        c -> groups.show(c.actor(), c.required("id"), false, c.bool("include_datasets", false)));
    t.read("tag_list", c -> tags.list(c.text("query"), c.bool("all_fields", false)));
    t.read("license_list", c -> licenses());
    t.read("package_autocomplete", c -> datasets.autocomplete(c.text("q"), limit(c, 10)));
    t.read("format_autocomplete", c -> datasets.formatAutocomplete(c.text("q"), limit(c, 5)));
  }

  private static List<Object> licenses() {
    return Licenses.all().stream().map((License l) -> (Object) CatalogDicts.license(l)).toList();
  }

  static int limit(ActionCall c, int fallback) {
    int limit = c.integer("limit", fallback);
    if (limit < 0) {
      throw id.terbuka.shared.InvalidInputException.of("limit", "Must be a natural number");
    }
    return limit;
  }

  static int offset(ActionCall c) {
    int offset = c.integer("offset", 0);
    if (offset < 0) {
      throw id.terbuka.shared.InvalidInputException.of("offset", "Must be a natural number");
    }
    return offset;
  }
}
