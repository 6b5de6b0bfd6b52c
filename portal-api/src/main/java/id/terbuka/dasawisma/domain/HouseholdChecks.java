package id.terbuka.dasawisma.domain;

import static id.terbuka.dasawisma.domain.HouseholdColumns.ANGGOTA_L;
import static id.terbuka.dasawisma.domain.HouseholdColumns.ANGGOTA_P;
import static id.terbuka.dasawisma.domain.HouseholdColumns.BALITA_L;
import static id.terbuka.dasawisma.domain.HouseholdColumns.BALITA_P;
import static id.terbuka.dasawisma.domain.HouseholdColumns.BERKEBUTUHAN_KHUSUS;
import static id.terbuka.dasawisma.domain.HouseholdColumns.BUTA_HURUF_L;
import static id.terbuka.dasawisma.domain.HouseholdColumns.BUTA_HURUF_P;
import static id.terbuka.dasawisma.domain.HouseholdColumns.IBU_HAMIL;
import static id.terbuka.dasawisma.domain.HouseholdColumns.IBU_MENYUSUI;
import static id.terbuka.dasawisma.domain.HouseholdColumns.JUMLAH_KK;
import static id.terbuka.dasawisma.domain.HouseholdColumns.LANSIA;
import static id.terbuka.dasawisma.domain.HouseholdColumns.PUS;
import static id.terbuka.dasawisma.domain.HouseholdColumns.WUS;

import java.util.List;
import java.util.Map;

/**
 * The checks of a row's counts against each other, once each count has been read: a part is never
 * larger than the whole it belongs to. Each rule is reported at the part's cell, naming the whole
 * as the file writes it.
 *
 * <p>The rules: {@code balita_l}, {@code buta_huruf_l} at most {@code anggota_l}; {@code balita_p},
 * {@code buta_huruf_p}, {@code wus}, {@code ibu_hamil}, {@code ibu_menyusui} at most {@code
 * anggota_p}; {@code pus} at most {@code wus} (a couple of reproductive age is one whose wife is a
 * woman of reproductive age); {@code lansia}, {@code berkebutuhan_khusus} and {@code jumlah_kk}
 * (every family card has a member) at most {@code anggota_l + anggota_p}; {@code jumlah_kk} at
 * least 1. A rule whose cells did not read as counts is skipped: those cells already have their own
 * problem.
 */
final class HouseholdChecks {
  /** Part -> the columns whose sum bounds it. */
  private static final List<Map.Entry<String, List<String>>> BOUNDS =
      List.of(
          Map.entry(BALITA_L, List.of(ANGGOTA_L)),
          Map.entry(BUTA_HURUF_L, List.of(ANGGOTA_L)),
          Map.entry(BALITA_P, List.of(ANGGOTA_P)),
          Map.entry(BUTA_HURUF_P, List.of(ANGGOTA_P)),
          Map.entry(WUS, List.of(ANGGOTA_P)),
          Map.entry(IBU_HAMIL, List.of(ANGGOTA_P)),
          Map.entry(IBU_MENYUSUI, List.of(ANGGOTA_P)),
          Map.entry(PUS, List.of(WUS)),
          Map.entry(LANSIA, List.of(ANGGOTA_L, ANGGOTA_P)),
          Map.entry(BERKEBUTUHAN_KHUSUS, List.of(ANGGOTA_L, ANGGOTA_P)),
          Map.entry(JUMLAH_KK, List.of(ANGGOTA_L, ANGGOTA_P)));

  private HouseholdChecks() {}

  /** Checks the counts read from the row ({@code counts}: column -> value, absent if unread). */
  static void check(Map<String, Integer> counts, HouseholdCells cells) {
    Integer kk = counts.get(JUMLAH_KK);
    if (kk != null && kk == 0) {
      cells.error(JUMLAH_KK, HouseholdProblem.NO_FAMILY);
    }
    for (Map.Entry<String, List<String>> bound : BOUNDS) {
      Integer part = counts.get(bound.getKey());
      Integer whole = sum(counts, bound.getValue());
      if (part != null && whole != null && part > whole) {
        String wholeHeaders =
            String.join(" + ", bound.getValue().stream().map(cells::header).toList());
        cells.error(bound.getKey(), HouseholdProblem.COUNT_ABOVE, wholeHeaders, whole);
      }
    }
  }

  private static Integer sum(Map<String, Integer> counts, List<String> columns) {
    int sum = 0;
    for (String column : columns) {
      Integer value = counts.get(column);
      if (value == null) {
        return null;
      }
      sum += value;
    }
    return sum;
  }
}
