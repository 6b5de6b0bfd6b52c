package id.terbuka.dasawisma.aggregate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of a public indicator table, after disclosure control.
 *
 * @param kode the region's Kemendagri code
 * @param nama its name
 * @param level its own level as the {@code wilayah} table names it: {@code desa} or {@code
 *     kelurahan} in the desa table, {@code kecamatan}, {@code kabupaten}
 * @param kodeInduk the code of the region it lies in (the province's for the kabupaten)
 * @param rumahTangga households entered: published for every row, never withheld
 * @param values the indicator columns of the table, in order; {@code null} where withheld
 * @param withheld the codes of the withheld columns, in column order
 */
public record PublishedRow(
    String kode,
    String nama,
    String level,
    String kodeInduk,
    long rumahTangga,
    Map<String, Long> values,
    List<String> withheld) {

  public PublishedRow {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    withheld = List.copyOf(withheld);
  }

  /**
   * The row as the JSON file writes it: {@code kode}, {@code nama}, {@code level}, {@code
   * kode_induk}, {@code rumah_tangga}, the indicator columns ({@code null} when withheld), then
   * {@code withheld}.
   */
  public Map<String, Object> toDict() {
    Map<String, Object> dict = new LinkedHashMap<>();
    dict.put("kode", kode);
    dict.put("nama", nama);
    dict.put("level", level);
    dict.put("kode_induk", kodeInduk);
    dict.put("rumah_tangga", rumahTangga);
    dict.putAll(values);
    dict.put("withheld", withheld);
    return dict;
  }
}
