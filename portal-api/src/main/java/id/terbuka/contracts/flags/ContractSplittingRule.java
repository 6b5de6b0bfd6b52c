package id.terbuka.contracts.flags;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Likely contract splitting: {@value #MINIMUM_COUNT} or more Pengadaan Langsung processes by one
 * buyer with one supplier whose dates lie within {@value #WINDOW_DAYS} days of each other, each at
 * most the Pengadaan Langsung threshold (the method allows up to and including it) and together
 * above it. Every process of such a cluster is flagged.
 *
 * <p>A process's value is the sum of its standing contracts' values, else of its standing awards',
 * else its estimate; only rupiah counts. Its date is the earliest contract signature, else the
 * earliest award date, else the tender period's start, else the release date. A process without
 * buyer, supplier, value or date takes no part. When a process belongs to several clusters, the one
 * with the most processes (then the earliest) is explained.
 */
final class ContractSplittingRule {
  static final int MINIMUM_COUNT = 3;
  static final int WINDOW_DAYS = 30;

  private final BigDecimal threshold;

  ContractSplittingRule(BigDecimal threshold) {
    this.threshold = threshold;
  }

  /** One process as a possible piece of a split purchase with one supplier. */
  private record Piece(
      String ocid,
      String buyer,
      String buyerName,
      String supplier,
      String supplierName,
      BigDecimal value,
      OffsetDateTime date) {}

  /** ocid -> finding, for the processes that belong to a cluster. */
  Map<String, FlagFinding> check(List<ProcessView> processes) {
    Map<List<String>, List<Piece>> byPair = new LinkedHashMap<>();
    for (ProcessView process : processes) {
      for (Piece piece : pieces(process)) {
        byPair
            .computeIfAbsent(List.of(piece.buyer(), piece.supplier()), k -> new ArrayList<>())
            .add(piece);
      }
    }
    Map<String, List<Piece>> best = new HashMap<>();
    for (List<Piece> pieces : byPair.values()) {
      clusters(pieces, best);
    }
    Map<String, FlagFinding> findings = new HashMap<>();
    best.forEach((ocid, cluster) -> findings.put(ocid, finding(cluster)));
    return findings;
  }

  /**
   * Every window of pieces starting at one piece and reaching {@value #WINDOW_DAYS} days on is a
   * cluster when it is large enough and its sum exceeds the threshold; a window that fails cannot
   * hold a smaller one that passes (values are positive), so these windows are all there is to try.
   */
  private void clusters(List<Piece> pieces, Map<String, List<Piece>> best) {
    pieces.sort(Comparator.comparing((Piece p) -> p.date().toInstant()).thenComparing(Piece::ocid));
    for (int start = 0; start < pieces.size(); start++) {
      OffsetDateTime last = pieces.get(start).date().plus(Duration.ofDays(WINDOW_DAYS));
      int end = start;
      BigDecimal sum = BigDecimal.ZERO;
      while (end < pieces.size() && !pieces.get(end).date().isAfter(last)) {
        sum = sum.add(pieces.get(end).value());
        end++;
      }
      List<Piece> window = pieces.subList(start, end);
      if (window.size() >= MINIMUM_COUNT && sum.compareTo(threshold) > 0) {
        for (Piece piece : window) {
          List<Piece> known = best.get(piece.ocid());
          if (known == null || window.size() > known.size()) {
            best.put(piece.ocid(), List.copyOf(window));
          }
        }
      }
    }
  }

  private List<Piece> pieces(ProcessView process) {
    String buyer = process.buyerId();
    Optional<BigDecimal> value = value(process);
    Optional<OffsetDateTime> date = date(process);
    if (!process.pengadaanLangsung()
        || buyer == null
        || value.isEmpty()
        || value.get().signum() <= 0
        || value.get().compareTo(threshold) > 0
        || date.isEmpty()) {
      return List.of();
    }
    Map<String, String> suppliers = new LinkedHashMap<>();
    for (JsonNode award : process.awards()) {
      for (JsonNode supplier : award.path("suppliers")) {
        String id = ProcessView.text(supplier.get("id"));
        if (id != null) {
          suppliers.putIfAbsent(id, ProcessView.nameOr(supplier, id));
        }
      }
    }
    List<Piece> pieces = new ArrayList<>();
    suppliers.forEach(
        (id, name) ->
            pieces.add(
                new Piece(
                    process.ocid(),
                    buyer,
                    process.buyerName(),
                    id,
                    name,
                    value.get(),
                    date.get())));
    return pieces;
  }

  private static Optional<BigDecimal> value(ProcessView process) {
    Optional<BigDecimal> contracts = sum(process.contracts());
    if (contracts.isPresent()) {
      return contracts;
    }
    Optional<BigDecimal> awards = sum(process.awards());
    if (awards.isPresent()) {
      return awards;
    }
    return Money.of(process.tender().get("value")).filter(Money::rupiah).map(Money::amount);
  }

  /** The sum of the items' values; empty when none has one or one is not in rupiah. */
  private static Optional<BigDecimal> sum(List<JsonNode> items) {
    BigDecimal sum = null;
    for (JsonNode item : items) {
      Optional<Money> value = Money.of(item.get("value"));
      if (value.isEmpty()) {
        continue;
      }
      if (!value.get().rupiah()) {
        return Optional.empty();
      }
      sum = sum == null ? value.get().amount() : sum.add(value.get().amount());
    }
    return Optional.ofNullable(sum);
  }

  private static Optional<OffsetDateTime> date(ProcessView process) {
    Optional<OffsetDateTime> signed = earliest(process.contracts(), "dateSigned");
    if (signed.isPresent()) {
      return signed;
    }
    Optional<OffsetDateTime> awarded = earliest(process.awards(), "date");
    if (awarded.isPresent()) {
      return awarded;
    }
    Optional<OffsetDateTime> tender =
        ProcessView.dateTime(process.tender().path("tenderPeriod").get("startDate"));
    return tender.isPresent() ? tender : process.date();
  }

  private static Optional<OffsetDateTime> earliest(List<JsonNode> items, String field) {
    return items.stream()
        .map(item -> ProcessView.dateTime(item.get(field)))
        .flatMap(Optional::stream)
        .min(Comparator.comparing(OffsetDateTime::toInstant));
  }

  private FlagFinding finding(List<Piece> cluster) {
    Piece first = cluster.get(0);
    Piece last = cluster.get(cluster.size() - 1);
    BigDecimal total = cluster.stream().map(Piece::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    int n = cluster.size();
    String id =
        String.format(
            "%d pengadaan langsung oleh %s kepada penyedia yang sama, %s, dalam %d hari (%s sampai"
                + " %s): masing-masing paling banyak %s, bersama-sama %s, di atas batas Pengadaan"
                + " Langsung %s.",
            n,
            first.buyerName(),
            first.supplierName(),
            WINDOW_DAYS,
            Texts.ID.date(first.date()),
            Texts.ID.date(last.date()),
            Texts.ID.money(threshold),
            Texts.ID.money(total),
            Texts.ID.money(threshold));
    String en =
        String.format(
            "%d direct procurements (Pengadaan Langsung) by %s from the same supplier, %s, within"
                + " %d days (%s to %s): each at most %s, together %s, above the Pengadaan Langsung"
                + " threshold of %s.",
            n,
            first.buyerName(),
            first.supplierName(),
            WINDOW_DAYS,
            Texts.EN.date(first.date()),
            Texts.EN.date(last.date()),
            Texts.EN.money(threshold),
            Texts.EN.money(total),
            Texts.EN.money(threshold));
    return new FlagFinding(RedFlag.CONTRACT_SPLITTING, id, en);
  }
}
