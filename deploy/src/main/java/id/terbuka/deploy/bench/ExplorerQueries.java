package id.terbuka.deploy.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What people ask the contracts explorer ({@code /api/v1/contracts}): each query has one main
 * criterion (free text of one or two title words, a buyer, a supplier, a method, a year, a value
 * range, a red flag, or none: browsing), often a second filter, a sort, and now and then the second
 * page. The endpoint always computes its seven facets with their value sums.
 */
final class ExplorerQueries {
  static final List<String> KINDS =
      List.of("text", "buyer", "supplier", "method", "year", "value", "flag", "browse");

  private static final List<String> METHODS =
      List.of(
          "tender",
          "tender_cepat",
          "seleksi",
          "pengadaan_langsung",
          "penunjukan_langsung",
          "e_purchasing");
  private static final List<String> FLAGS =
      List.of(
          "single_bidder",
          "short_tender_period",
          "award_near_estimate",
          "contract_splitting",
          "contract_amended_up");
  private static final long[][] VALUE_RANGES = {
    {0, 50_000_000L},
    {50_000_000L, 200_000_000L},
    {200_000_000L, 1_000_000_000L},
    {1_000_000_000L, 5_000_000_000L},
    {5_000_000_000L, -1}
  };
  private static final List<String> SORTS =
      List.of("", "value desc", "value asc", "date desc", "date asc");

  /** One request: its main criterion and its path with query string. */
  record Query(String kind, String path) {}

  private final ProcurementGenerator generator;
  private final List<String> words = ProcurementNames.searchWords();

  ExplorerQueries(ProcurementGenerator generator) {
    this.generator = generator;
  }

  List<Query> draw(int count, Random random) {
    List<Query> queries = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String kind = KINDS.get(random.nextInt(KINDS.size()));
      StringBuilder params = new StringBuilder();
      add(params, kind, random);
      if (random.nextInt(100) < 40) {
        String second = KINDS.get(random.nextInt(KINDS.size()));
        if (!second.equals(kind) && !second.equals("text")) {
          add(params, second, random);
        }
      }
      String sort =
          kind.equals("text") && random.nextBoolean()
              ? "score"
              : SORTS.get(random.nextInt(SORTS.size()));
      if (!sort.isEmpty()) {
        param(params, "sort", sort);
      }
      if (random.nextInt(10) == 0) {
        param(params, "start", "20");
      }
      queries.add(new Query(kind, "/api/v1/contracts" + (params.isEmpty() ? "" : "?" + params)));
    }
    return queries;
  }

  private void add(StringBuilder params, String kind, Random r) {
    switch (kind) {
      case "text" -> {
        String q = words.get(r.nextInt(words.size()));
        if (r.nextInt(3) == 0) {
          q += " " + words.get(r.nextInt(words.size()));
        }
        param(params, "q", q);
      }
      case "buyer" -> {
        var buyer = generator.buyers().get(r.nextInt(generator.buyers().size()));
        // The explorer's facet links send the name; the unit code also works.
        param(params, "buyer", r.nextInt(4) == 0 ? buyer.kode() : buyer.name());
      }
      case "supplier" ->
          param(
              params,
              "supplier",
              generator.suppliers().get(r.nextInt(generator.suppliers().size())).name());
      case "method" -> param(params, "method", METHODS.get(r.nextInt(METHODS.size())));
      case "year" ->
          param(
              params,
              "year",
              Integer.toString(
                  ProcurementGenerator.FIRST_YEAR + r.nextInt(ProcurementGenerator.YEARS)));
      case "value" -> {
        long[] range = VALUE_RANGES[r.nextInt(VALUE_RANGES.length)];
        param(params, "value_min", Long.toString(range[0]));
        if (range[1] > 0) {
          param(params, "value_max", Long.toString(range[1]));
        }
      }
      case "flag" -> param(params, "flag", FLAGS.get(r.nextInt(FLAGS.size())));
      default -> {
        // browse: no criterion, the explorer's first page
      }
    }
  }

  private static void param(StringBuilder params, String name, String value) {
    if (!params.isEmpty()) {
      params.append('&');
    }
    params.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
  }
}
