package id.terbuka.datastore.service;

import id.terbuka.catalog.domain.TableAccess;
import id.terbuka.catalog.service.ResourceService;
import id.terbuka.datastore.domain.SearchRequest;
import id.terbuka.datastore.domain.TableField;
import id.terbuka.datastore.domain.TableRef;
import id.terbuka.datastore.persistence.TableSearches;
import id.terbuka.identity.domain.Actor;
import id.terbuka.shared.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * {@code datastore_search}: visibility first (through the resource's dataset; its editors read the
 * table of a file waiting for review), then the read ({@link TableSearches}: one read-only
 * transaction under the table's row lock), answered as CKAN does with {@code _links} to the
 * neighbouring pages.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class DataStoreSearch {
  private static final String ACTION_PATH = "/api/3/action/datastore_search";

  @Inject ResourceService resources;
  @Inject TableSearches tables;

  public Map<String, Object> search(Actor actor, Map<String, Object> params) {
    SearchRequest request = SearchRequest.parse(params);
    TableAccess access = resources.tableFor(actor, request.resourceId());
    String resourceId = access.resourceId();
    TableSearches.Found found = tables.search(TableRef.of(access), request);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("include_total", request.includeTotal());
    result.put("resource_id", resourceId);
    result.put("fields", found.selected().stream().map(TableField::dict).toList());
    result.put("records_format", request.recordsFormat().ckanName());
    result.put("records", found.records());
    result.put("limit", request.limit());
    result.put("offset", request.offset());
    if (request.q() != null) {
      result.put("q", request.q().all() != null ? request.q().all() : request.q().byColumn());
    }
    if (!request.filters().isEmpty()) {
      result.put("filters", request.filters());
    }
    result.put("_links", links(params, request));
    if (found.total() != null) {
      result.put("total", found.total().value());
      result.put("total_was_estimated", found.total().estimated());
    }
    return result;
  }

  /**
   * CKAN's {@code _links}: this query from its first page, the next page, and the previous page
   * when there is one. Every parameter the client gave is carried over.
   */
  private static Map<String, Object> links(Map<String, Object> params, SearchRequest request) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("resource_id", request.resourceId());
    params.forEach(
        (k, v) -> {
          Object value = SearchRequest.single(v);
          if (!k.equals("offset") && !k.equals("resource_id") && value != null) {
            q.put(k, value instanceof String s ? s : Json.write(value));
          }
        });
    q.put("limit", Integer.toString(request.limit()));
    Map<String, Object> links = new LinkedHashMap<>();
    links.put("start", ACTION_PATH + "?" + query(q));
    if (request.offset() > 0) {
      q.put("offset", Integer.toString(Math.max(0, request.offset() - request.limit())));
      links.put("prev", ACTION_PATH + "?" + query(q));
    }
    q.put("offset", Long.toString((long) request.offset() + request.limit()));
    links.put("next", ACTION_PATH + "?" + query(q));
    return links;
  }

  private static String query(Map<String, String> params) {
    StringJoiner j = new StringJoiner("&");
    params.forEach((k, v) -> j.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return j.toString();
  }
}
