package id.terbuka.web;

import id.terbuka.catalog.service.DatasetService;
import id.terbuka.catalog.service.ResourceService;
import id.terbuka.datastore.service.DataStoreInfo;
import id.terbuka.datastore.service.DataStoreSearch;
import id.terbuka.identity.domain.Actor;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.ObjectNotFoundException;
import id.terbuka.web.i18n.Formats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code /dataset/{name or id}/resource/{id}}: a resource's metadata and download, its DataStore
 * rows as a table (paged, sorted and filtered by {@code datastore_search} itself, with the state in
 * the URL: {@link PreviewParams}), the data dictionary, links to dump exactly the filtered rows,
 * earlier files and the load status. Who may read it is the services' decision: a resource of a
 * dataset the caller may not read, or of another dataset, is "not found", as on the dataset page.
 */
@ApplicationScoped
public class ResourcePage {
  private static final Set<String> TYPES =
      Set.of("int8", "numeric", "date", "timestamp", "bool", "text");

  /** The dump formats offered for the filtered rows: the format parameter and its label. */
  private static final List<String[]> DUMPS =
      List.of(
          new String[] {"csv", "CSV"},
          new String[] {"xlsx", "XLSX"},
          new String[] {"json", "JSON"});

  @Inject DatasetService datasets;
  @Inject ResourceService resources;
  @Inject DataStoreSearch search;
  @Inject DataStoreInfo info;

  public View render(
      PageContext ctx, Actor actor, String datasetRef, String resourceId, PreviewParams state) {
    Map<String, Object> d;
    Map<String, Object> r;
    try {
      d = datasets.show(actor, datasetRef);
      r = resources.show(actor, resourceId);
    } catch (AccessDeniedException e) {
      throw new ObjectNotFoundException("Not found");
    }
    if (!String.valueOf(d.get("id")).equals(Dicts.text(r, "package_id"))) {
      throw new ObjectNotFoundException("Not found");
    }
    Formats fmt = ctx.fmt();
    Map<String, Object> org = Dicts.map(d, "organization");
    String datasetName = Dicts.text(d, "name");
    String id = Dicts.text(r, "id");
    String path = "/dataset/" + datasetName + "/resource/" + id;
    String name = Dicts.text(r, "name");
    String title = Dicts.text(d, "title");
    String format = Dicts.text(r, "format");
    String modified = Dicts.text(r, "last_modified");
    String status = Dicts.text(r, "datastore_status");
    boolean active = Boolean.TRUE.equals(r.get("datastore_active"));
    Object rows = r.get("datastore_rows");
    ResourceView view =
        new ResourceView(
            datasetName,
            title == null ? datasetName : title,
            Dicts.text(org, "name"),
            Dicts.text(org, "title"),
            id,
            name == null ? ctx.t("dataset.resource.unnamed") : name,
            Dicts.text(r, "description"),
            format == null ? "" : format.toUpperCase(Locale.ROOT),
            fmt.bytes(Dicts.size(r, "size")),
            fmt.dateTime(modified == null ? Dicts.text(r, "metadata_modified") : modified),
            Dicts.text(r, "hash"),
            Dicts.text(r, "url"),
            path,
            status,
            rows instanceof Number n ? n.longValue() : null,
            problems(ctx, r),
            active ? preview(ctx, actor, id, path, state) : null,
            active ? dictionary(actor, id) : List.of(),
            versions(fmt, r));
    return View.of("resource.jte", view);
  }

  private ResourceView.Preview preview(
      PageContext ctx, Actor actor, String id, String path, PreviewParams state) {
    String error = null;
    Map<String, Object> result;
    try {
      result = search.search(actor, state.searchParams(id));
    } catch (InvalidInputException e) {
      // A value the column cannot hold ("abc" for a number), a column that is gone: say so, and
      // still show the columns (from the unfiltered first page) so the filters can be corrected.
      error = ctx.t("resource.preview.invalid");
      result =
          search.search(actor, new PreviewParams(1, null, false, null, Map.of()).searchParams(id));
      result.put("records", List.of());
      result.put("total", 0L);
    }
    List<Integer> shown = new ArrayList<>();
    List<ResourceView.Column> columns = columns(ctx, path, state, result, shown);
    List<List<String>> cells = cells(result, shown);
    long total = result.get("total") instanceof Number n ? n.longValue() : cells.size();
    long first = cells.isEmpty() ? 0 : (long) (state.page() - 1) * PreviewParams.PAGE_SIZE + 1;
    return new ResourceView.Preview(
        columns,
        cells,
        total,
        first,
        first == 0 ? 0 : first + cells.size() - 1,
        Paging.of(
            state.page(),
            total,
            PreviewParams.PAGE_SIZE,
            PreviewParams.MAX_PAGE,
            n -> href(ctx, path, state.onPage(n))),
        state.q(),
        state.narrowed(),
        error,
        hiddenFields(ctx, state),
        downloads(ctx, id, state),
        href(ctx, path, new PreviewParams(1, state.sort(), state.descending(), null, Map.of())));
  }

  /**
   * The table's columns but {@code _id}, with their sort links and filters; the positions of those
   * columns in the result's {@code fields} go to {@code shown}.
   */
  private static List<ResourceView.Column> columns(
      PageContext ctx,
      String path,
      PreviewParams state,
      Map<String, Object> result,
      List<Integer> shown) {
    List<ResourceView.Column> columns = new ArrayList<>();
    List<Map<String, Object>> fields = Dicts.maps(result, "fields");
    for (int i = 0; i < fields.size(); i++) {
      String column = Dicts.text(fields.get(i), "id");
      if (column == null || column.equals("_id")) {
        continue;
      }
      shown.add(i);
      String type = Dicts.text(fields.get(i), "type");
      columns.add(
          new ResourceView.Column(
              column,
              "resource.type." + (TYPES.contains(type) ? type : "other"),
              href(ctx, path, state.sortedBy(column)),
              column.equals(state.sort())
                  ? (state.descending() ? "descending" : "ascending")
                  : null,
              PreviewParams.FILTER_PREFIX + column,
              state.filters().get(column)));
    }
    return columns;
  }

  /** The records' values at the {@code shown} positions, as text. */
  private static List<List<String>> cells(Map<String, Object> result, List<Integer> shown) {
    List<List<String>> cells = new ArrayList<>();
    for (Object record : (List<?>) result.getOrDefault("records", List.of())) {
      List<?> values = record instanceof List<?> l ? l : List.of();
      List<String> row = new ArrayList<>();
      for (int i : shown) {
        row.add(i < values.size() ? cell(values.get(i)) : "");
      }
      cells.add(row);
    }
    return cells;
  }

  /** The state the filter form keeps besides its own fields: sort, order, language. */
  private static List<ResourceView.Field> hiddenFields(PageContext ctx, PreviewParams state) {
    List<ResourceView.Field> hidden = new ArrayList<>();
    if (state.sort() != null) {
      hidden.add(new ResourceView.Field("sort", state.sort()));
      if (state.descending()) {
        hidden.add(new ResourceView.Field("order", "desc"));
      }
    }
    if (ctx.query().containsKey("lang")) {
      hidden.add(new ResourceView.Field("lang", ctx.lang()));
    }
    return hidden;
  }

  /** Links dumping exactly the rows shown (all pages), one per format. */
  private static List<ResourceView.Field> downloads(
      PageContext ctx, String id, PreviewParams state) {
    List<ResourceView.Field> downloads = new ArrayList<>();
    for (String[] dump : DUMPS) {
      downloads.add(
          new ResourceView.Field(
              dump[1], ctx.url("/datastore/dump/" + id + "?" + state.dumpQuery(dump[0]))));
    }
    return downloads;
  }

  /** The records come as lists ({@code records_format=lists}) in the order of {@code fields}. */
  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    return value instanceof BigDecimal b ? b.toPlainString() : value.toString();
  }

  private static String href(PageContext ctx, String path, PreviewParams state) {
    String query = state.query();
    if (ctx.query().containsKey("lang")) {
      query = query.isEmpty() ? "lang=" + ctx.lang() : query + "&lang=" + ctx.lang();
    }
    return ctx.url(path) + (query.isEmpty() ? "" : "?" + query) + "#preview";
  }

  private List<ResourceView.DictionaryField> dictionary(Actor actor, String id) {
    List<ResourceView.DictionaryField> out = new ArrayList<>();
    for (Map<String, Object> f : Dicts.maps(info.info(actor, Map.of("id", id)), "fields")) {
      String column = Dicts.text(f, "id");
      if (column == null || column.equals("_id")) {
        continue;
      }
      Map<String, Object> about = Dicts.map(f, "info");
      String type = Dicts.text(f, "type");
      out.add(
          new ResourceView.DictionaryField(
              column,
              "resource.type." + (TYPES.contains(type) ? type : "other"),
              Dicts.text(about, "label"),
              Dicts.text(about, "notes")));
    }
    return out;
  }

  /** Earlier files, newest first: resource_show lists them oldest first, the current one last. */
  private static List<ResourceView.Version> versions(Formats fmt, Map<String, Object> r) {
    List<Map<String, Object>> all = Dicts.maps(r, "versions");
    List<ResourceView.Version> out = new ArrayList<>();
    for (int i = all.size() - 2; i >= 0; i--) {
      Map<String, Object> v = all.get(i);
      out.add(
          new ResourceView.Version(
              (int) Dicts.number(v, "version"),
              Dicts.text(v, "filename"),
              fmt.bytes(Dicts.size(v, "size")),
              fmt.dateTime(Dicts.text(v, "created")),
              Dicts.text(v, "url")));
    }
    return out;
  }

  private static List<ResourceView.Problem> problems(PageContext ctx, Map<String, Object> r) {
    List<ResourceView.Problem> out = new ArrayList<>();
    if (r.get("datastore_error") instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof Map<?, ?> m) {
          Object row = m.get("row");
          Object column = m.get("column");
          Object reason = m.get("reason");
          String text = reason == null ? "" : reason.toString();
          String translated = LoadProblemText.translate(text, ctx.language());
          out.add(
              new ResourceView.Problem(
                  row instanceof Number n ? n.longValue() : null,
                  column == null ? null : column.toString(),
                  translated == null ? text : translated,
                  translated == null ? "en" : ctx.lang()));
        }
      }
    }
    return out;
  }
}
