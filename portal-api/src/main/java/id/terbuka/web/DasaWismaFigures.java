package id.terbuka.web;

import id.terbuka.dasawisma.aggregate.PublicationTable;
import id.terbuka.dasawisma.domain.Indicator;
import id.terbuka.dasawisma.domain.Indicators;
import id.terbuka.dasawisma.domain.Sensitivity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads the rows of a published Dasa Wisma snapshot (the JSON tables, as {@code
 * PublishedFigures.Published} gives them) into the pages' parts. Pure: no value is computed, only
 * taken from the row, so a page shows exactly what the files publish.
 */
final class DasaWismaFigures {
  /** The columns of an indicator table that name the region rather than count anything. */
  private static final Set<String> REGION_COLUMNS = Set.of("kode", "nama", "level", "kode_induk");

  /** The group of sensitive indicators (whatever their code), shown last. */
  static final String SENSITIVE = "sensitif";

  /** The group of an indicator the grouping does not know yet: shown, never dropped. */
  static final String OTHER = "lainnya";

  /** The general indicators by group, in reading order; sensitive ones go to {@link #SENSITIVE}. */
  private static final Map<String, List<String>> GROUPS = groups();

  private DasaWismaFigures() {}

  private static Map<String, List<String>> groups() {
    Map<String, List<String>> g = new LinkedHashMap<>();
    g.put(
        "keluarga",
        List.of(
            Indicators.RUMAH_TANGGA,
            "jumlah_kk",
            Indicators.ANGGOTA,
            "anggota_l",
            "anggota_p",
            "pus",
            "wus",
            "lansia"));
    g.put("rumah", List.of("rumah_sehat", "rumah_kurang_sehat", "tempat_sampah", "spal", "jamban"));
    g.put(
        "air",
        List.of("sumber_air_pdam", "sumber_air_sumur", "sumber_air_sungai", "sumber_air_lainnya"));
    g.put("pangan", List.of("makanan_pokok_beras", "makanan_pokok_non_beras"));
    g.put(
        "kegiatan",
        List.of("up2k", "pemanfaatan_pekarangan", "industri_rumah_tangga", "kesehatan_lingkungan"));
    return g;
  }

  /** The group keys in the order the pages show them. */
  static List<String> groupKeys() {
    List<String> keys = new ArrayList<>(GROUPS.keySet());
    keys.add(SENSITIVE);
    keys.add(OTHER);
    return keys;
  }

  /** The group an indicator is shown in. */
  static String groupOf(String code) {
    Optional<Indicator> indicator = Indicators.find(code);
    if (indicator.isPresent() && indicator.get().sensitivity() == Sensitivity.SENSITIVE) {
      return SENSITIVE;
    }
    for (Map.Entry<String, List<String>> e : GROUPS.entrySet()) {
      if (e.getValue().contains(code)) {
        return e.getKey();
      }
    }
    return OTHER;
  }

  /**
   * A published indicator row as groups of figures: every indicator column of {@code table}, in the
   * grouping's order (then the table's), withheld cells marked; groups without a column left out.
   *
   * @param language {@code id} or {@code en}, for the indicators' names, units and definitions
   */
  static List<DasaWismaView.Group> indicatorGroups(
      PublicationTable table, Map<String, Object> row, String language) {
    Set<?> withheld = Set.copyOf(listOrEmpty(row.get("withheld")));
    Map<String, List<DasaWismaView.Figure>> byGroup = new LinkedHashMap<>();
    groupKeys().forEach(k -> byGroup.put(k, new ArrayList<>()));
    List<String> columns =
        table.columns().stream().filter(c -> !REGION_COLUMNS.contains(c)).toList();
    for (String code : columns) {
      Optional<Indicator> indicator = Indicators.find(code);
      byGroup
          .get(groupOf(code))
          .add(
              new DasaWismaView.Figure(
                  code,
                  indicator.map(i -> i.name(language)).orElse(code),
                  indicator.map(i -> i.unitName(language)).orElse(""),
                  indicator.map(i -> i.definition(language)).orElse(""),
                  count(row.get(code)),
                  withheld.contains(code)));
    }
    List<DasaWismaView.Group> groups = new ArrayList<>();
    byGroup.forEach(
        (key, figures) -> {
          figures.sort(Comparator.comparingInt(f -> orderInGroup(key, f.code())));
          if (!figures.isEmpty()) {
            groups.add(new DasaWismaView.Group(key, List.copyOf(figures)));
          }
        });
    return groups;
  }

  private static int orderInGroup(String group, String code) {
    int at = GROUPS.getOrDefault(group, List.of()).indexOf(code);
    return at < 0 ? Integer.MAX_VALUE : at;
  }

  /** A coverage row ({@code kode, nama, level, kode_induk, rumah_tangga, target, ...}). */
  static DasaWismaView.Coverage coverage(Map<String, Object> row, int rank, String href) {
    Long households = count(row.get("rumah_tangga"));
    return new DasaWismaView.Coverage(
        rank,
        text(row.get("kode")),
        text(row.get("nama")),
        href,
        households == null ? 0 : households,
        count(row.get("target")),
        decimal(row.get("cakupan_persen")));
  }

  /**
   * The coverage rows {@code which} accepts, ranked: highest coverage first, those without a target
   * last, then by households entered (more first), then by code.
   *
   * @param href a row's page from its code
   */
  static List<DasaWismaView.Coverage> ranked(
      List<Map<String, Object>> rows,
      Predicate<Map<String, Object>> which,
      Function<String, String> href) {
    List<DasaWismaView.Coverage> lines =
        rows.stream()
            .filter(which)
            .map(r -> coverage(r, 0, href.apply(text(r.get("kode")))))
            .sorted(
                Comparator.comparing(
                        DasaWismaView.Coverage::persen,
                        Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
                    .thenComparing(DasaWismaView.Coverage::rumahTangga, Comparator.reverseOrder())
                    .thenComparing(DasaWismaView.Coverage::kode))
            .toList();
    List<DasaWismaView.Coverage> numbered = new ArrayList<>();
    for (DasaWismaView.Coverage c : lines) {
      numbered.add(
          new DasaWismaView.Coverage(
              numbered.size() + 1,
              c.kode(),
              c.nama(),
              c.href(),
              c.rumahTangga(),
              c.target(),
              c.persen()));
    }
    return numbered;
  }

  /** Rows whose {@code level} is one of {@code levels}. */
  static Predicate<Map<String, Object>> atLevel(String... levels) {
    Set<String> wanted = Set.of(levels);
    return r -> wanted.contains(text(r.get("level")));
  }

  /** A count as published: JSON integers arrive as {@link Long}; null stays null. */
  static Long count(Object value) {
    return value instanceof Number n ? n.longValue() : null;
  }

  /** A decimal as published (a percentage); null stays null. */
  static BigDecimal decimal(Object value) {
    if (value instanceof BigDecimal d) {
      return d;
    }
    return value instanceof Number n ? new BigDecimal(n.toString()) : null;
  }

  static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static List<?> listOrEmpty(Object value) {
    return value instanceof List<?> l ? l : List.of();
  }
}
