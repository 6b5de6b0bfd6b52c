package id.terbuka.dasawisma.aggregate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of a restricted recap: the group it adds up and the raw count of every indicator.
 *
 * @param level the recap's level
 * @param group the group's identifying fields, in this order and only those that apply to the
 *     level: {@code kode_kabupaten} and {@code nama_kabupaten} (kabupaten only), {@code
 *     kode_kecamatan}, {@code nama_kecamatan}, {@code kode_desa}, {@code nama_desa}, {@code dusun},
 *     {@code rw}, {@code rt} (numbers), {@code kelompok_dasawisma}
 * @param counts every indicator's count, keyed by indicator code in {@code Indicators.ALL}'s order;
 *     the first, {@code rumah_tangga}, is the number of households
 */
public record RecapRow(RecapLevel level, Map<String, Object> group, Map<String, Long> counts) {

  public RecapRow {
    group = Collections.unmodifiableMap(new LinkedHashMap<>(group));
    counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
  }

  /** The number of households in the group ({@code rumah_tangga}). */
  public long households() {
    return counts.get("rumah_tangga");
  }

  /**
   * The row as the API's JSON writes it: the group fields, then one flat column per indicator named
   * by its code ({@code rumah_tangga}, {@code jumlah_kk}, ...), in the same order as the published
   * tables' columns. Flat rather than nested so that the same dict also makes a CSV row.
   */
  public Map<String, Object> toDict() {
    Map<String, Object> dict = new LinkedHashMap<>(group);
    dict.putAll(counts);
    return dict;
  }
}
