package id.terbuka.dasawisma.aggregate;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Coverage of one region: households entered against the target.
 *
 * @param kode the region's Kemendagri code
 * @param nama its name
 * @param level {@code kabupaten}, {@code kecamatan}, {@code desa} or {@code kelurahan}
 * @param kodeInduk the code of the region it lies in (the province's for the kabupaten)
 * @param rumahTangga households entered
 * @param target target households; for a kecamatan or the kabupaten the sum of the targets of its
 *     desa that have one, {@code null} when none has
 * @param cakupanPersen 100 × entered / target, one decimal, half up; {@code null} without a target
 *     or with a target of 0. May exceed 100.
 */
public record CoverageRow(
    String kode,
    String nama,
    String level,
    String kodeInduk,
    int rumahTangga,
    Integer target,
    BigDecimal cakupanPersen) {

  /** The column codes of the coverage table, in order. */
  public static final List<String> COLUMNS =
      List.of("kode", "nama", "level", "kode_induk", "rumah_tangga", "target", "cakupan_persen");

  /** The row keyed by {@link #COLUMNS}. */
  public Map<String, Object> toDict() {
    Map<String, Object> dict = new LinkedHashMap<>();
    dict.put("kode", kode);
    dict.put("nama", nama);
    dict.put("level", level);
    dict.put("kode_induk", kodeInduk);
    dict.put("rumah_tangga", rumahTangga);
    dict.put("target", target);
    dict.put("cakupan_persen", cakupanPersen);
    return dict;
  }
}
