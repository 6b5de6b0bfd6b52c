package id.terbuka.catalog.domain;

import id.terbuka.shared.Timestamps;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns catalogue entities into CKAN's dicts (every key present, null when empty), so that
 * unmodified CKAN clients read them. Our additions (Satu Data metadata, {@code kode_unit}) are
 * extra top-level keys, which CKAN clients tolerate.
 */
public final class CatalogDicts {
  private final String siteUrl;
  private final DatastoreKeys datastore;

  public CatalogDicts(String siteUrl) {
    this(siteUrl, DatastoreKeys.NONE);
  }

  public CatalogDicts(String siteUrl, DatastoreKeys datastore) {
    this.siteUrl = siteUrl;
    this.datastore = datastore;
  }

  /** {@code package_show}'s dict. */
  public Map<String, Object> dataset(Dataset d) {
    // The keys in CKAN's order: clients that print the dict show it as CKAN does.
    Map<String, Object> m = new LinkedHashMap<>();
    putMetadata(m, d);
    putResources(m, d);
    putTagsGroupsExtras(m, d);
    putSatuData(m, d);
    return m;
  }

  /** The dataset's own fields, from {@code id} to {@code metadata_modified}. */
  private void putMetadata(Map<String, Object> m, Dataset d) {
    m.put("id", d.id);
    m.put("name", d.name);
    m.put("title", d.title == null ? d.name : d.title);
    m.put("type", d.type);
    m.put("state", d.state);
    m.put("private", d.privat);
    License license = Licenses.find(d.licenseId).orElse(null);
    m.put("isopen", license != null && license.open());
    m.put("owner_org", d.ownerOrgId());
    m.put("organization", d.organization == null ? null : organizationSummary(d.organization));
    m.put("notes", d.notes);
    m.put("url", d.url);
    m.put("version", d.version);
    m.put("author", d.author);
    m.put("author_email", d.authorEmail);
    m.put("maintainer", d.maintainer);
    m.put("maintainer_email", d.maintainerEmail);
    m.put("license_id", d.licenseId);
    m.put("license_title", d.licenseId == null ? null : Licenses.title(d.licenseId));
    // Every key present, null when empty (the contract), also for licences without a URL.
    m.put("license_url", license == null || license.url().isEmpty() ? null : license.url());
    m.put("creator_user_id", d.creatorUserId);
    m.put("metadata_created", Timestamps.ckan(d.metadataCreated));
    m.put("metadata_modified", Timestamps.ckan(d.metadataModified));
    m.put("review_status", d.reviewStatus);
  }

  /** The resources that are not deleted, with their counts (and the tags' count, CKAN's order). */
  private void putResources(Map<String, Object> m, Dataset d) {
    List<Map<String, Object>> resources = new ArrayList<>();
    Map<String, Map<String, Object>> tables =
        d.resources.isEmpty() ? Map.of() : datastore.ofDataset(d.id);
    for (Resource r : d.resources) {
      if (!"deleted".equals(r.state)) {
        resources.add(resource(r, tables.getOrDefault(r.id, DatastoreKeys.none())));
      }
    }
    m.put("num_resources", resources.size());
    m.put("num_tags", d.tags.size());
    m.put("resources", resources);
  }

  /** Tags, groups and extras, each sorted by name or key; relationships are always empty. */
  private void putTagsGroupsExtras(Map<String, Object> m, Dataset d) {
    List<Map<String, Object>> tags = new ArrayList<>();
    d.tags.stream().sorted(Comparator.comparing(Tag::name)).forEach(t -> tags.add(tag(t)));
    m.put("tags", tags);
    List<Map<String, Object>> groups = new ArrayList<>();
    d.groups.stream()
        .sorted(Comparator.comparing(CatalogGroup::name))
        .forEach(g -> groups.add(groupSummary(g)));
    m.put("groups", groups);
    List<Map<String, Object>> extras = new ArrayList<>();
    d.extras.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> extras.add(Map.of("key", e.getKey(), "value", e.getValue())));
    m.put("extras", extras);
    m.put("relationships_as_subject", List.of());
    m.put("relationships_as_object", List.of());
  }

  /** Our Satu Data keys, after CKAN's. */
  private static void putSatuData(Map<String, Object> m, Dataset d) {
    m.put("produsen_data", d.produsenData);
    m.put("frekuensi", d.frekuensi);
    m.put("cakupan_wilayah", List.copyOf(d.cakupanWilayah));
    m.put(
        "cakupan_waktu_mulai", d.cakupanWaktuMulai == null ? null : d.cakupanWaktuMulai.toString());
    m.put(
        "cakupan_waktu_selesai",
        d.cakupanWaktuSelesai == null ? null : d.cakupanWaktuSelesai.toString());
    m.put("satuan", d.satuan);
    m.put("metodologi", d.metodologi);
  }

  /** {@code resource_show}'s dict; extras appear as top-level keys. */
  public Map<String, Object> resource(Resource r) {
    return resource(r, datastore.ofResource(r.id));
  }

  private Map<String, Object> resource(Resource r, Map<String, Object> datastoreKeys) {
    Map<String, Object> m = new LinkedHashMap<>();
    r.extras.forEach(m::put);
    m.put("id", r.id);
    m.put("package_id", r.dataset.id);
    m.put("url", resourceUrl(r));
    m.put("name", r.name);
    m.put("description", r.description);
    m.put("format", r.format);
    m.put("mimetype", r.mimetype);
    m.put("mimetype_inner", r.mimetypeInner);
    m.put("size", r.size);
    m.put("hash", r.hash);
    m.put("resource_type", r.resourceType);
    m.put("url_type", r.urlType);
    m.put("position", r.position);
    m.put("state", r.state);
    m.put("created", Timestamps.ckan(r.created));
    m.put("last_modified", Timestamps.ckan(r.lastModified));
    m.put("metadata_modified", Timestamps.ckan(r.metadataModified));
    m.put("cache_url", null);
    m.put("cache_last_updated", null);
    if (r.generatedBy != null) {
      m.put("generated_by", r.generatedBy);
    }
    m.putAll(datastoreKeys);
    return m;
  }

  /** One entry of {@code resource_show}'s {@code versions}: a file the resource has had. */
  public Map<String, Object> resourceVersion(Resource r, ResourceFileVersion v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("version", v.version);
    m.put(
        "url",
        siteUrl
            + "/dataset/"
            + r.dataset.id
            + "/resource/"
            + r.id
            + "/version/"
            + v.version
            + "/download/"
            + v.filename);
    m.put("filename", v.filename);
    m.put("size", v.size);
    m.put("hash", "sha256:" + v.sha256);
    m.put("mimetype", v.mimetype);
    m.put("created", Timestamps.ckan(v.created));
    return m;
  }

  /**
   * The public URL of a resource: for uploads CKAN's download URL, built from the dataset id so
   * that renaming the dataset does not break links.
   */
  public String resourceUrl(Resource r) {
    if ("upload".equals(r.urlType) && r.url != null && !r.url.contains("/")) {
      return siteUrl + "/dataset/" + r.dataset.id + "/resource/" + r.id + "/download/" + r.url;
    }
    return r.url == null ? "" : r.url;
  }

  public Map<String, Object> tag(Tag t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", t.id);
    m.put("name", t.name);
    m.put("display_name", t.name);
    m.put("state", "active");
    m.put("vocabulary_id", null);
    return m;
  }

  /** The organisation as embedded in a dataset dict. */
  public Map<String, Object> organizationSummary(CatalogGroup g) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", g.id);
    m.put("name", g.name);
    m.put("title", g.title == null ? g.name : g.title);
    m.put("type", "organization");
    m.put("description", g.description == null ? "" : g.description);
    m.put("image_url", g.imageUrl == null ? "" : g.imageUrl);
    m.put("created", Timestamps.ckan(g.created));
    m.put("is_organization", true);
    m.put("approval_status", g.approvalStatus);
    m.put("state", g.state);
    m.put("kode_unit", g.kodeUnit);
    return m;
  }

  /** A group as embedded in a dataset dict. */
  public Map<String, Object> groupSummary(CatalogGroup g) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", g.id);
    m.put("name", g.name);
    m.put("title", g.title == null ? g.name : g.title);
    m.put("display_name", g.displayName());
    m.put("description", g.description == null ? "" : g.description);
    m.put("image_display_url", g.imageUrl == null ? "" : g.imageUrl);
    return m;
  }

  /** {@code organization_show}/{@code group_show} without datasets and users. */
  public Map<String, Object> group(CatalogGroup g, long packageCount) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", g.id);
    m.put("name", g.name);
    m.put("title", g.title == null ? g.name : g.title);
    m.put("display_name", g.displayName());
    m.put("type", g.organization ? "organization" : "group");
    m.put("description", g.description == null ? "" : g.description);
    m.put("image_url", g.imageUrl == null ? "" : g.imageUrl);
    m.put("image_display_url", g.imageUrl == null ? "" : g.imageUrl);
    m.put("created", Timestamps.ckan(g.created));
    m.put("is_organization", g.organization);
    m.put("approval_status", g.approvalStatus);
    m.put("state", g.state);
    m.put("package_count", packageCount);
    m.put("num_followers", 0);
    if (g.organization) {
      m.put("kode_unit", g.kodeUnit);
      m.put("review_required", g.reviewRequired);
    }
    return m;
  }

  /** {@code license_list}'s entries. */
  public static Map<String, Object> license(License l) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", l.id());
    m.put("title", l.title());
    m.put("url", l.url());
    m.put("status", "active");
    m.put("maintainer", "");
    m.put("family", "");
    m.put("od_conformance", l.open() ? "approved" : "not reviewed");
    m.put("osd_conformance", "not reviewed");
    m.put("domain_content", false);
    m.put("domain_data", false);
    m.put("domain_software", false);
    m.put("is_generic", l.id().startsWith("other-"));
    m.put("is_okd_compliant", l.open());
    m.put("is_osi_compliant", false);
    return m;
  }
}
