package id.terbuka.dasawisma.aggregate;

import id.terbuka.dasawisma.disclosure.Reason;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How much one snapshot's public tables withhold, for the dataset notes.
 *
 * @param withheldCells the cells left empty in the published rows, by reason: {@link
 *     Reason#PRIMARY} and {@link Reason#SECONDARY} (sensitive indicators below kecamatan are absent
 *     columns and small desa absent rows, so neither appears here)
 * @param smallDesa desa and kelurahan with 1 to 9 households, which publish no desa row
 */
public record DisclosureSummary(Map<Reason, Integer> withheldCells, int smallDesa) {

  public DisclosureSummary {
    Map<Reason, Integer> copy = new EnumMap<>(Reason.class);
    copy.putAll(withheldCells);
    withheldCells = Collections.unmodifiableMap(copy);
  }

  /** The cells withheld for {@code reason} (0 when none). */
  public int withheld(Reason reason) {
    return withheldCells.getOrDefault(reason, 0);
  }
}
