package id.terbuka.dasawisma.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * One published Dasa Wisma indicator: how it is counted from a household, how sensitive it is, and
 * its metadata in the manner of an MS-Ind sheet (Satu Data Indonesia): name, definition, method,
 * unit, classification, building variables, levels, producing activity and producer.
 *
 * @param code the indicator's stable name, a column of the published tables ({@code anggota_l})
 * @param sensitivity general or sensitive: where and from which count it is published
 * @param unit what it counts
 * @param variables the import columns it is built from
 * @param perHousehold one household's contribution; the indicator of a region is their sum
 */
public record Indicator(
    String code,
    Sensitivity sensitivity,
    IndicatorUnit unit,
    List<String> variables,
    ToIntFunction<Household> perHousehold) {

  public Indicator {
    variables = List.copyOf(variables);
  }

  /** The indicator over a set of households: the sum of their contributions. */
  public long count(Collection<Household> households) {
    long sum = 0;
    for (Household h : households) {
      sum += perHousehold.applyAsInt(h);
    }
    return sum;
  }

  public String name(String language) {
    return IndicatorTexts.text(code + ".name", language);
  }

  public String definition(String language) {
    return IndicatorTexts.text(code + ".definition", language);
  }

  /** How it is counted, in words. */
  public String method(String language) {
    return IndicatorTexts.text(code + ".method", language);
  }

  public String unitName(String language) {
    return IndicatorTexts.text("unit." + unit.code(), language);
  }

  /**
   * The metadata sheet in {@code language}, as the published data dictionary lists it (keys stable,
   * in this order).
   */
  public Map<String, Object> metadata(String language) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", code);
    m.put("name", name(language));
    m.put("definition", definition(language));
    m.put("method", method(language));
    m.put("unit", unitName(language));
    m.put("classification", IndicatorTexts.text("sensitivity." + sensitivity.code(), language));
    m.put("building_variables", variables);
    m.put("levels", levels());
    m.put("minimum_count", sensitivity.minimumCount());
    m.put("producing_activity", IndicatorTexts.text("source.activity", language));
    m.put("producer", IndicatorTexts.text("source.producer", language));
    return m;
  }

  /** The levels it is published at: desa (for desa and kelurahan) only when general. */
  public List<String> levels() {
    return sensitivity.lowestPublicLevel() == RegionLevel.DESA
        ? List.of("desa", "kecamatan", "kabupaten")
        : List.of("kecamatan", "kabupaten");
  }
}
