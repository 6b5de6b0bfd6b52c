package id.terbuka.dasawisma.service;

import id.terbuka.dasawisma.aggregate.PublicationTable;
import id.terbuka.dasawisma.persistence.SnapshotStore;
import id.terbuka.shared.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the latest snapshot of a year published, for the public pages: the same JSON tables as the
 * published files (indicator tables with withheld cells null and listed, coverage, the monthly
 * trend). Nothing here reads a household.
 */
@ApplicationScoped
@Transactional
public class PublishedFigures {
  @Inject SnapshotStore snapshots;

  /**
   * One snapshot's published tables.
   *
   * @param tables each table's JSON object as published ({@code kolom}, {@code baris}...)
   */
  public record Published(
      int tahun,
      YearMonth bulan,
      Instant asOf,
      int households,
      Map<PublicationTable, Map<String, Object>> tables) {

    /** The rows of a table, each an ordered map of column to value. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> rows(PublicationTable table) {
      Map<String, Object> t = tables.get(table);
      return t == null ? List.of() : (List<Map<String, Object>>) t.get("baris");
    }

    /** A table's row of one region, if the table has one. */
    public Optional<Map<String, Object>> row(PublicationTable table, String kode) {
      return rows(table).stream().filter(r -> kode.equals(r.get("kode"))).findFirst();
    }
  }

  /** The years with a published snapshot, newest first. */
  public List<Integer> years() {
    return snapshots.years();
  }

  /** The latest snapshot of {@code tahun}, if one was published. */
  public Optional<Published> latest(int tahun) {
    return snapshots
        .latest(tahun)
        .map(
            s -> {
              Map<PublicationTable, Map<String, Object>> tables =
                  new EnumMap<>(PublicationTable.class);
              for (PublicationTable table : PublicationTable.values()) {
                snapshots
                    .table(tahun, s.bulan(), table.code())
                    .ifPresent(json -> tables.put(table, Json.parseObject(json)));
              }
              return new Published(s.tahun(), s.bulan(), s.asOf(), s.households(), tables);
            });
  }
}
