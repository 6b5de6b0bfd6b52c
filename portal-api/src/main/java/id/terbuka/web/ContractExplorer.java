package id.terbuka.web;

import id.terbuka.catalog.service.DatasetService;
import id.terbuka.contracts.service.ContractPublisher;
import id.terbuka.contracts.service.ContractSearch;
import id.terbuka.identity.domain.Actor;
import id.terbuka.search.SearchUnavailableException;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.ObjectNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /kontrak} (issue 11, item 9): the contracts search ({@link ContractSearch}, the API's)
 * turned into a form, results, facets with add/remove links, totals by buyer and supplier, paging
 * and the yearly datasets' CSV files. A parameter the search refuses, or a search service that
 * cannot be reached, is said on the page (status 200 and 503), never a server error.
 */
@ApplicationScoped
public class ContractExplorer {
  /** Years whose datasets are linked (newest first): enough for a term of office. */
  private static final int DOWNLOAD_YEARS = 5;

  @Inject ContractSearch search;
  @Inject DatasetService datasets;

  public View render(PageContext ctx, Actor actor, ContractParams params) {
    ContractSearch.Result result;
    List<ContractListView.Problem> problems = new ArrayList<>();
    boolean unavailable = false;
    try {
      result = search.search(params.toSearch());
    } catch (InvalidInputException e) {
      e.errors().keySet().forEach(field -> problems.add(problem(ctx, params, field)));
      result = empty();
    } catch (SearchUnavailableException e) {
      unavailable = true;
      result = empty();
    }
    ContractListView view = view(ctx, actor, params, result, problems, unavailable);
    return new View(unavailable ? 503 : 200, "contracts.jte", view);
  }

  private static ContractSearch.Result empty() {
    return new ContractSearch.Result(0, BigDecimal.ZERO, List.of(), Map.of(), null, 0, 0);
  }

  private ContractListView view(
      PageContext ctx,
      Actor actor,
      ContractParams params,
      ContractSearch.Result r,
      List<ContractListView.Problem> problems,
      boolean unavailable) {
    List<ContractListView.Facet> facets = new ArrayList<>();
    for (String field : ContractSearch.FACETS) {
      facets.add(facet(ctx, params, field, r.facets().getOrDefault(field, List.of())));
    }
    List<ContractListView.Total> buyers = totals(ctx, params, "buyer", r);
    List<ContractListView.Total> suppliers = totals(ctx, params, "supplier", r);
    Paging paging =
        Paging.of(
            params.page(),
            r.total(),
            ContractParams.PAGE_SIZE,
            ContractParams.MAX_PAGE,
            n -> ctx.url(params.withPage(n).path()));
    return new ContractListView(
        params,
        form(ctx, params),
        r.total(),
        r.sum(),
        r.hits().stream().map(h -> hit(ctx, h)).toList(),
        facets,
        active(ctx, params),
        buyers,
        buyers.isEmpty() ? null : buyersChart(ctx, buyers),
        suppliers,
        paging,
        problems,
        unavailable,
        ctx.url(params.apiPath()),
        unavailable ? List.of() : downloads(ctx, actor, r));
  }

  /** The refused parameter with the reader's explanation (and what was sent, escaped later). */
  private static ContractListView.Problem problem(
      PageContext ctx, ContractParams params, String field) {
    String key = "contracts.problem." + field;
    String sent =
        field.equals("flag") ? String.join(", ", params.flags()) : sentValue(params, field);
    String text = ctx.messages().has(key) ? ctx.t(key, sent) : ctx.t("contracts.problem", field);
    return new ContractListView.Problem(field, text);
  }

  private static String sentValue(ContractParams params, String field) {
    if (field.equals("sort")) {
      return params.sort();
    }
    String v = params.filter(field);
    return v == null ? "" : v;
  }

  private static ContractListView.Form form(PageContext ctx, ContractParams p) {
    List<ContractListView.Option> sorts = new ArrayList<>();
    for (String s : ContractSearch.SORTS.keySet()) {
      sorts.add(
          new ContractListView.Option(
              s, ctx.t("contracts.sort." + s.replace(' ', '_')), s.equals(p.sort())));
    }
    return new ContractListView.Form(
        options(ctx, "method", ContractLabels.METHODS, p),
        options(ctx, "category", ContractLabels.CATEGORIES, p),
        options(ctx, "status", ContractLabels.STATUSES, p),
        options(ctx, "flag", ContractLabels.FLAGS, p),
        sorts);
  }

  private static List<ContractListView.Option> options(
      PageContext ctx, String field, List<String> codes, ContractParams p) {
    return codes.stream()
        .map(
            c ->
                new ContractListView.Option(
                    c, ContractLabels.label(ctx, field, c), p.has(field, c)))
        .toList();
  }

  private static ContractListView.Hit hit(PageContext ctx, ContractSearch.Hit h) {
    return new ContractListView.Hit(
        h.title().isEmpty() ? h.ocid() : h.title(),
        ctx.url("/kontrak/" + h.ocid()),
        h.ocid(),
        h.buyer(),
        h.suppliers(),
        ContractLabels.label(ctx, "method", h.method()),
        ContractLabels.label(ctx, "category", h.category()),
        ContractLabels.label(ctx, "status", h.status()),
        h.value(),
        h.valueSource().isEmpty() ? "" : ctx.t("contracts.value." + h.valueSource()),
        day(ctx, h.date()),
        h.flags().stream()
            .map(f -> new ContractListView.Option(f, ContractLabels.label(ctx, "flag", f), true))
            .toList());
  }

  /** The day of an indexed instant in WIB; the text as it is if it is not one. */
  private static String day(PageContext ctx, String instant) {
    if (instant == null || instant.isEmpty()) {
      return "";
    }
    try {
      return ctx.fmt().date(Instant.parse(instant));
    } catch (DateTimeParseException e) {
      return instant;
    }
  }

  private static ContractListView.Facet facet(
      PageContext ctx, ContractParams params, String field, List<ContractSearch.Facet> values) {
    List<ContractListView.FacetItem> items = new ArrayList<>();
    for (ContractSearch.Facet f : values) {
      boolean selected = params.has(field, f.value());
      ContractParams target =
          selected ? params.without(field, f.value()) : params.with(field, f.value());
      items.add(
          new ContractListView.FacetItem(
              ContractLabels.facetLabel(ctx, field, f.value()),
              f.count(),
              f.sum() == null ? BigDecimal.ZERO : f.sum(),
              selected,
              ctx.url(target.path())));
    }
    if (field.equals("year")) {
      items.sort(Comparator.comparing(ContractListView.FacetItem::label).reversed());
    }
    return new ContractListView.Facet(field, "contracts.facet." + field, items);
  }

  /** The buyers' or suppliers' facet as a table: the largest total value first. */
  private static List<ContractListView.Total> totals(
      PageContext ctx, ContractParams params, String field, ContractSearch.Result r) {
    List<ContractListView.Total> totals = new ArrayList<>();
    for (ContractSearch.Facet f : r.facets().getOrDefault(field, List.of())) {
      totals.add(
          new ContractListView.Total(
              f.value(),
              ctx.url(params.with(field, f.value()).path()),
              f.count(),
              f.sum() == null ? BigDecimal.ZERO : f.sum()));
    }
    totals.sort(Comparator.comparing(ContractListView.Total::sum).reversed());
    return totals;
  }

  private static String buyersChart(PageContext ctx, List<ContractListView.Total> buyers) {
    return SvgBars.horizontal(
        "chart-buyers",
        ctx.t("contracts.buyers.title"),
        ctx.t("contracts.buyers.chart"),
        buyers.stream()
            .map(b -> new SvgBars.Bar(b.name(), b.sum(), ctx.fmt().rupiah(b.sum())))
            .toList(),
        null);
  }

  /** The query and each filter in force, with the link that removes it. */
  private static List<ContractListView.ActiveFilter> active(PageContext ctx, ContractParams p) {
    List<ContractListView.ActiveFilter> active = new ArrayList<>();
    if (p.q() != null) {
      active.add(
          new ContractListView.ActiveFilter(
              "contracts.active.q", p.q(), ctx.url(p.withoutQuery().path())));
    }
    p.filters()
        .forEach(
            (field, value) ->
                active.add(
                    new ContractListView.ActiveFilter(
                        "contracts.facet." + field,
                        ContractLabels.facetLabel(ctx, field, value),
                        ctx.url(p.without(field, value).path()))));
    for (String f : p.flags()) {
      active.add(
          new ContractListView.ActiveFilter(
              "contracts.facet.flag",
              ContractLabels.label(ctx, "flag", f),
              ctx.url(p.without("flag", f).path())));
    }
    return active;
  }

  /** The CSV files of the yearly datasets of the years found, newest first. */
  private List<ContractListView.YearFiles> downloads(
      PageContext ctx, Actor actor, ContractSearch.Result r) {
    List<String> years =
        r.facets().getOrDefault("year", List.of()).stream()
            .map(ContractSearch.Facet::value)
            .filter(y -> y.matches("\\d{4}"))
            .sorted(Comparator.reverseOrder())
            .limit(DOWNLOAD_YEARS)
            .toList();
    List<ContractListView.YearFiles> out = new ArrayList<>();
    for (String year : years) {
      String name = ContractPublisher.datasetName(Integer.parseInt(year));
      Map<String, Object> d;
      try {
        d = datasets.show(actor, name);
      } catch (ObjectNotFoundException | AccessDeniedException e) {
        continue;
      }
      List<ContractListView.File> files = new ArrayList<>();
      for (Map<String, Object> res : Dicts.maps(d, "resources")) {
        String rname = Dicts.text(res, "name");
        String url = Dicts.text(res, "url");
        String format = Dicts.text(res, "format");
        if (rname != null
            && url != null
            && SafeUrls.allowed(url)
            && "csv".equalsIgnoreCase(format == null ? "" : format)) {
          files.add(new ContractListView.File(rname, format.toUpperCase(Locale.ROOT), url));
        }
      }
      out.add(new ContractListView.YearFiles(year, ctx.url("/dataset/" + name), files));
    }
    return out;
  }
}
