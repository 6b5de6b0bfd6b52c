package id.terbuka.budget.domain;

import java.util.Optional;

/**
 * Where {@link BudgetFileCheck} finds a line's stored realisation of an earlier period, to warn
 * when a cumulative figure falls. The caller (the import service) answers from the current stored
 * slices, typically preloaded for the file's years and units so that the check stays one pass.
 */
@FunctionalInterface
public interface PreviousRealisation {
  /** Nothing stored: only the file's own periods are compared. */
  PreviousRealisation NONE =
      (tahun, kodeSkpd, kodeSubKegiatan, kodeRekening, periode) -> Optional.empty();

  /**
   * The stored line with this key in the latest period of the same year that ends strictly before
   * {@code periode} ends, if any.
   *
   * @param kodeSubKegiatan the sub kegiatan code, or "" for a line without one
   */
  Optional<PeriodRealisation> latestBefore(
      int tahun, String kodeSkpd, String kodeSubKegiatan, AccountCode kodeRekening, Period periode);
}
