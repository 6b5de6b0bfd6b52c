package id.terbuka.dcat.service;

import id.terbuka.catalog.service.DatasetSearch;
import id.terbuka.catalog.service.DatasetService;
import id.terbuka.catalog.service.GroupService;
import id.terbuka.catalog.service.Regions;
import id.terbuka.dcat.domain.AtomFeed;
import id.terbuka.dcat.domain.CatalogPage;
import id.terbuka.dcat.domain.CatalogQuery;
import id.terbuka.dcat.domain.DataJson;
import id.terbuka.dcat.domain.DcatMapping;
import id.terbuka.identity.domain.Actor;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.Json;
import id.terbuka.shared.ObjectNotFoundException;
import id.terbuka.shared.TerbukaConfig;
import id.terbuka.shared.Values;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;

/**
 * The public catalogue as the DCAT outputs read it: always as an anonymous visitor (public, active
 * datasets only, through {@code package_search}'s permission filters and {@code package_show}'s
 * visibility check), one search per page returning the stored dataset dicts, so a page of 100
 * datasets costs one Solr query and no database query per dataset.
 */
@ApplicationScoped
public class PublicCatalog {
  /** Newest first, then by id, so that pages do not shift for equal times. */
  static final String ORDER = "metadata_modified desc, id asc";

  /** {@link #ORDER} backwards, for pages read from the end. */
  static final String REVERSED = "metadata_modified asc, id desc";

  /** Entries in an Atom feed. */
  public static final int FEED_SIZE = 50;

  /** {@code package_search}'s largest page, used to stream {@code data.json}. */
  static final int BATCH = 1000;

  @Inject DatasetSearch search;
  @Inject DatasetService datasets;
  @Inject GroupService groups;
  @Inject Regions regions;
  @Inject TerbukaConfig config;

  public DcatMapping mapping() {
    return new DcatMapping(config.siteUrl(), config.siteTitle(), regions::name);
  }

  public DataJson dataJson() {
    return new DataJson(config.siteUrl());
  }

  public AtomFeed atom() {
    return new AtomFeed(config.siteUrl(), config.siteTitle());
  }

  /**
   * One catalogue page; a page past the last is refused ({@code page}), so a harvester that
   * miscounts hears it instead of reading an empty page as "nothing left".
   */
  public CatalogPage page(CatalogQuery query) {
    Map<String, Object> params = params(query.q(), query.fq(), query.modifiedSince());
    params.put("rows", Integer.toString(CatalogQuery.PAGE_SIZE));
    params.put("start", Integer.toString(query.start()));
    if (query.start() >= CatalogQuery.DEEP) {
      return deepPage(query, params);
    }
    Map<String, Object> result = search.search(Actor.anonymous(), params);
    long total = ((Number) result.get("count")).longValue();
    refusePastLast(query, total);
    return new CatalogPage(query, total, dicts(result));
  }

  /**
   * A page far into the catalogue: counted first (cheap: no rows, cached filters), then read from
   * whichever end of the order is nearer ({@link CatalogQuery#window}).
   */
  private CatalogPage deepPage(CatalogQuery query, Map<String, Object> params) {
    Map<String, Object> count = new LinkedHashMap<>(params);
    count.put("rows", "0");
    count.put("start", "0");
    long total = ((Number) search.search(Actor.anonymous(), count).get("count")).longValue();
    refusePastLast(query, total);
    CatalogQuery.Window w = query.window(total);
    params.put("start", Integer.toString(w.start()));
    params.put("rows", Integer.toString(w.rows()));
    if (w.reversed()) {
      params.put("sort", REVERSED);
    }
    Map<String, Object> result = search.search(Actor.anonymous(), params);
    List<Map<String, Object>> dicts = dicts(result);
    if (w.reversed()) {
      java.util.Collections.reverse(dicts);
    }
    return new CatalogPage(query, ((Number) result.get("count")).longValue(), dicts);
  }

  private static void refusePastLast(CatalogQuery query, long total) {
    if (query.page() > CatalogQuery.lastPage(total)) {
      throw InvalidInputException.of(
          "page",
          "Past the last page: " + CatalogQuery.lastPage(total) + " (" + total + " datasets)");
    }
  }

  /** The catalogue page as RDF. */
  public Model pageModel(CatalogPage page, String pageBase) {
    return mapping().catalogPage(page, pageBase);
  }

  /** One public dataset's RDF; not found for anything the public may not read. */
  public Model datasetModel(String nameOrId) {
    return mapping().datasetDocument(datasets.show(Actor.anonymous(), nameOrId));
  }

  /** The public datasets' dicts in batches of {@link #BATCH}, newest change first. */
  public interface Batches {
    /** The next batch; empty when every dataset was read. */
    List<Map<String, Object>> next();
  }

  /** Every public dataset's dict, {@link #BATCH} per search, read as the caller asks. */
  public Batches batches() {
    return new Batches() {
      private int start;
      private boolean done;

      @Override
      public List<Map<String, Object>> next() {
        if (done) {
          return List.of();
        }
        Map<String, Object> params = params(null, null, null);
        params.put("rows", Integer.toString(BATCH));
        params.put("start", Integer.toString(start));
        List<Map<String, Object>> batch = dicts(search.search(Actor.anonymous(), params));
        start += BATCH;
        done = batch.size() < BATCH;
        return batch;
      }
    };
  }

  /** The most recently changed public datasets (of one organisation when it is named). */
  public List<Map<String, Object>> recent(String organization) {
    String fq = null;
    if (organization != null) {
      var unit =
          groups.activeOrganization(organization).orElseThrow(PublicCatalog::unknownOrganization);
      fq = "organization:\"" + unit.name() + "\"";
    }
    Map<String, Object> params = params(null, fq, null);
    params.put("rows", Integer.toString(FEED_SIZE));
    return dicts(search.search(Actor.anonymous(), params));
  }

  /** The title of an active organisation, for its feed's title. */
  public String organizationTitle(String name) {
    return groups.activeOrganization(name).orElseThrow(PublicCatalog::unknownOrganization).title();
  }

  private static ObjectNotFoundException unknownOrganization() {
    return new ObjectNotFoundException("Organization not found");
  }

  private static Map<String, Object> params(String q, String fq, String modifiedSince) {
    Map<String, Object> params = new LinkedHashMap<>();
    if (q != null) {
      params.put("q", q);
    }
    if (fq != null) {
      params.put("fq", fq);
    }
    if (modifiedSince != null) {
      params.put("fq_list", List.of("metadata_modified:[" + modifiedSince + " TO *]"));
    }
    params.put("sort", ORDER);
    params.put("facet", Boolean.FALSE);
    return params;
  }

  /** The stored dicts of a {@code package_search} answer, parsed. */
  private static List<Map<String, Object>> dicts(Map<String, Object> result) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object o : Values.list(result.get("results"))) {
      if (o instanceof Json.Raw raw) {
        out.add(Json.parseObject(raw.json()));
      } else if (o instanceof Map<?, ?> m) {
        @SuppressWarnings("unchecked")
        Map<String, Object> dict = (Map<String, Object>) m;
        out.add(dict);
      }
    }
    return out;
  }
}
