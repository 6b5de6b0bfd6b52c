package id.terbuka.contracts.api;

import id.terbuka.contracts.service.ContractSearch;
import id.terbuka.shared.Json;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/contracts}: the contracts search with facets (buyer, supplier, method,
 * category, status, year, flag), each facet value with its count and total value, and the total
 * value of all matches. Amounts are JSON numbers in rupiah.
 */
@Path("contracts")
@Produces(MediaType.APPLICATION_JSON)
public class ContractsResource {
  @Inject ContractSearch search;

  @GET
  public Response search(
      @QueryParam("q") String q,
      @QueryParam("buyer") String buyer,
      @QueryParam("supplier") String supplier,
      @QueryParam("method") String method,
      @QueryParam("category") String category,
      @QueryParam("status") String status,
      @QueryParam("year") String year,
      @QueryParam("value_min") String valueMin,
      @QueryParam("value_max") String valueMax,
      @QueryParam("flag") List<String> flags,
      @QueryParam("sort") String sort,
      @QueryParam("rows") String rows,
      @QueryParam("start") String start) {
    ContractSearch.Result r =
        search.search(
            new ContractSearch.Params(
                q, buyer, supplier, method, category, status, year, valueMin, valueMax, flags, sort,
                rows, start));
    return Response.ok(Json.write(body(r))).header("Cache-Control", "public, max-age=30").build();
  }

  private static Map<String, Object> body(ContractSearch.Result r) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("count", r.total());
    b.put("sum_value", r.sum());
    b.put("sort", r.sort());
    b.put("start", r.start());
    b.put("rows", r.rows());
    List<Map<String, Object>> results = new ArrayList<>();
    for (ContractSearch.Hit h : r.hits()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("ocid", h.ocid());
      m.put("title", h.title());
      m.put("buyer", h.buyer());
      m.put("suppliers", h.suppliers());
      m.put("method", h.method());
      m.put("category", h.category());
      m.put("status", h.status());
      m.put("year", h.year().isEmpty() ? null : Integer.valueOf(h.year()));
      m.put("value", h.value());
      m.put("value_source", h.valueSource());
      m.put("date", h.date());
      m.put("flags", h.flags());
      m.put("record", "/api/v1/ocds/records/" + h.ocid());
      results.add(m);
    }
    b.put("results", results);
    Map<String, Object> facets = new LinkedHashMap<>();
    r.facets()
        .forEach(
            (field, values) -> {
              List<Map<String, Object>> items = new ArrayList<>();
              for (ContractSearch.Facet f : values) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("value", f.value());
                item.put("count", f.count());
                item.put("sum_value", f.sum() == null ? BigDecimal.ZERO : f.sum());
                items.add(item);
              }
              facets.put(field, items);
            });
    b.put("facets", facets);
    return b;
  }
}
