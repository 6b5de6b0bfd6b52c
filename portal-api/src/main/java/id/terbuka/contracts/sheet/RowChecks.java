package id.terbuka.contracts.sheet;

import static id.terbuka.contracts.sheet.ProcurementColumns.HPS;
import static id.terbuka.contracts.sheet.ProcurementColumns.JUMLAH_PESERTA;
import static id.terbuka.contracts.sheet.ProcurementColumns.MULAI_KONTRAK;
import static id.terbuka.contracts.sheet.ProcurementColumns.NILAI_DIBAYAR;
import static id.terbuka.contracts.sheet.ProcurementColumns.NILAI_KONTRAK;
import static id.terbuka.contracts.sheet.ProcurementColumns.NILAI_PENAWARAN;
import static id.terbuka.contracts.sheet.ProcurementColumns.PEMENANG_NAMA;
import static id.terbuka.contracts.sheet.ProcurementColumns.PEMENANG_NPWP;
import static id.terbuka.contracts.sheet.ProcurementColumns.SELESAI_KONTRAK;
import static id.terbuka.contracts.sheet.ProcurementColumns.STATUS_TENDER;
import static id.terbuka.contracts.sheet.ProcurementColumns.TANGGAL_KONTRAK;
import static id.terbuka.contracts.sheet.ProcurementColumns.TANGGAL_PENETAPAN;
import static id.terbuka.contracts.sheet.ProcurementColumns.TANGGAL_PENGUMUMAN;
import static id.terbuka.contracts.sheet.ProcurementColumns.TANGGAL_PENUTUPAN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The checks of a row across its cells, once each cell has been read: the stages a row fills must
 * come with what they build on, dates follow the process's order, a winner fits the tender's
 * status, and a swakelola row fills no provider-selection stage.
 *
 * <p>Decisions: what counts as "filled" is the cell as written, so a wrong amount in {@code
 * nilai_kontrak} still makes the row a contract row that needs its winner. Dates may fall on the
 * same day as the step before them (the tender period's length is a red flag, not an error). {@code
 * nilai_dibayar} of 0 is no payment. Warnings, which do not stop the import: HPS above pagu, paid
 * above the contract value (a payment may follow an amendment not in the sheet yet).
 */
final class RowChecks {
  /** The steps whose dates must not go backwards, in process order. */
  private static final List<String> DATED_STEPS =
      List.of(TANGGAL_PENGUMUMAN, TANGGAL_PENUTUPAN, TANGGAL_PENETAPAN, TANGGAL_KONTRAK);

  private static final List<String> AWARD_DETAILS =
      List.of(PEMENANG_NPWP, NILAI_PENAWARAN, TANGGAL_PENETAPAN);

  private RowChecks() {}

  static void check(ProcurementRow r, RowCells c) {
    if (r.metode() == Metode.SWAKELOLA) {
      swakelola(c);
      return;
    }
    dateOrder(r, c);
    prerequisites(r, c);
    winner(r, c);
    warnings(r, c);
  }

  private static void swakelola(RowCells c) {
    Stream.of(
            ProcurementColumns.TENDER_COLUMNS,
            ProcurementColumns.AWARD_COLUMNS,
            ProcurementColumns.CONTRACT_COLUMNS,
            ProcurementColumns.IMPLEMENTATION_COLUMNS)
        .flatMap(List::stream)
        .filter(c::filled)
        .forEach(column -> c.error(column, ProcurementProblem.NOT_FOR_SWAKELOLA));
  }

  private static void dateOrder(ProcurementRow r, RowCells c) {
    Map<String, LocalDate> dates = new LinkedHashMap<>();
    dates.put(TANGGAL_PENGUMUMAN, r.tanggalPengumuman());
    dates.put(TANGGAL_PENUTUPAN, r.tanggalPenutupan());
    dates.put(TANGGAL_PENETAPAN, r.tanggalPenetapan());
    dates.put(TANGGAL_KONTRAK, r.tanggalKontrak());
    String previous = null;
    for (String step : DATED_STEPS) {
      LocalDate date = dates.get(step);
      if (date == null) {
        continue;
      }
      if (previous != null && date.isBefore(dates.get(previous))) {
        c.error(
            step, ProcurementProblem.DATE_OUT_OF_ORDER, c.header(previous), dates.get(previous));
      } else {
        previous = step;
      }
    }
    if (r.mulaiKontrak() != null
        && r.selesaiKontrak() != null
        && r.selesaiKontrak().isBefore(r.mulaiKontrak())) {
      c.error(
          SELESAI_KONTRAK,
          ProcurementProblem.DATE_OUT_OF_ORDER,
          c.header(MULAI_KONTRAK),
          r.mulaiKontrak());
    }
  }

  private static void prerequisites(ProcurementRow r, RowCells c) {
    Map<String, String> missing = new LinkedHashMap<>();
    String contract = firstFilled(c, contractTriggers(r));
    if (contract != null) {
      if (!c.filled(PEMENANG_NAMA)) {
        c.error(PEMENANG_NAMA, ProcurementProblem.CONTRACT_WITHOUT_WINNER, c.header(contract));
      }
      require(c, missing, NILAI_KONTRAK, contract);
      require(c, missing, TANGGAL_KONTRAK, contract);
    } else {
      require(c, missing, PEMENANG_NAMA, firstFilled(c, AWARD_DETAILS));
    }
    if (c.filled(PEMENANG_NAMA) && r.metode() != null && r.metode().open()) {
      require(c, missing, TANGGAL_PENGUMUMAN, PEMENANG_NAMA);
    }
    if (c.filled(TANGGAL_PENUTUPAN)) {
      require(c, missing, TANGGAL_PENGUMUMAN, TANGGAL_PENUTUPAN);
    }
    if (r.statusTender() != null && r.statusTender().announced()) {
      require(c, missing, TANGGAL_PENGUMUMAN, STATUS_TENDER);
    }
    missing.forEach(
        (column, trigger) ->
            c.error(column, ProcurementProblem.PREREQUISITE_MISSING, c.header(trigger)));
  }

  /** The cells that make a row a contract row: its own, and a payment above 0. */
  private static List<String> contractTriggers(ProcurementRow r) {
    List<String> triggers = new ArrayList<>(ProcurementColumns.CONTRACT_COLUMNS);
    if (r.nilaiDibayar() == null || r.nilaiDibayar().signum() > 0) {
      triggers.add(NILAI_DIBAYAR);
    }
    return triggers;
  }

  private static void require(
      RowCells c, Map<String, String> missing, String column, String trigger) {
    if (trigger != null && !c.filled(column)) {
      missing.putIfAbsent(column, trigger);
    }
  }

  private static String firstFilled(RowCells c, List<String> columns) {
    return columns.stream().filter(c::filled).findFirst().orElse(null);
  }

  private static void winner(ProcurementRow r, RowCells c) {
    if (!c.filled(PEMENANG_NAMA)) {
      return;
    }
    if (r.statusTender() != null && !r.statusTender().allowsWinner()) {
      c.error(STATUS_TENDER, ProcurementProblem.AWARD_TENDER_STATUS);
    }
    if (r.jumlahPeserta() != null && r.jumlahPeserta() == 0) {
      c.error(JUMLAH_PESERTA, ProcurementProblem.WINNER_WITHOUT_BIDDERS);
    }
  }

  private static void warnings(ProcurementRow r, RowCells c) {
    if (r.hps() != null && r.pagu() != null && r.hps().compareTo(r.pagu()) > 0) {
      c.warning(HPS, ProcurementProblem.HPS_ABOVE_PAGU, RupiahText.of(r.pagu()));
    }
    if (r.nilaiDibayar() != null
        && r.nilaiKontrak() != null
        && r.nilaiDibayar().compareTo(r.nilaiKontrak()) > 0) {
      c.warning(
          NILAI_DIBAYAR, ProcurementProblem.PAID_ABOVE_CONTRACT, RupiahText.of(r.nilaiKontrak()));
    }
  }
}
