package id.terbuka.dasawisma.aggregate;

import id.terbuka.dasawisma.domain.Household;
import id.terbuka.dasawisma.domain.Region;
import id.terbuka.dasawisma.domain.Regions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The restricted recaps of the PKK forms 4.16a-4.17c: households added up by dasa wisma group, RT,
 * RW, dusun, desa, kecamatan or kabupaten. They are for TP PKK users of the area, who may see the
 * raw counts of their own households, so nothing is suppressed here; which households a user may
 * recap (their area) is the caller's decision.
 *
 * <p>A row exists for each group with at least one household (coverage shows the desa without any).
 * Groups nest as the records store them: an RT is identified within its RW, dusun and desa (the
 * same RT number in two RW is two rows). A dasa wisma group is identified within its desa, as the
 * household key is, so its row carries no dusun, RW or RT: a group whose households lie in two RT
 * stays one row.
 */
public final class Recaps {

  private Recaps() {}

  /**
   * The recap rows of {@code households} at {@code level}, sorted by their group (codes, then
   * dusun, then RW and RT as numbers, then the group's name).
   *
   * @throws IllegalArgumentException if a household's desa is not a desa or kelurahan of {@code
   *     regions}
   */
  public static List<RecapRow> of(
      Regions regions, Collection<Household> households, RecapLevel level) {
    Map<Group, long[]> tallies = new TreeMap<>();
    for (Household household : households) {
      Group group = Group.of(regions, household, level);
      Tally.add(tallies.computeIfAbsent(group, g -> Tally.counters()), household);
    }
    List<RecapRow> rows = new ArrayList<>(tallies.size());
    tallies.forEach((group, counters) -> rows.add(row(regions, level, group, counters)));
    return rows;
  }

  private static RecapRow row(Regions regions, RecapLevel level, Group group, long[] counters) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (int i = 0; i < counters.length; i++) {
      counts.put(Tally.INDICATORS.get(i).code(), counters[i]);
    }
    return new RecapRow(level, group.fields(regions), counts);
  }

  /** A group's identity; fields that do not apply to the level are null. */
  private record Group(
      String kecamatan, String desa, String dusun, Integer rw, Integer rt, String kelompok)
      implements Comparable<Group> {

    private static final Comparator<Group> ORDER =
        Comparator.comparing(Group::kecamatan, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Group::desa, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Group::dusun, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Group::rw, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Group::rt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Group::kelompok, Comparator.nullsFirst(Comparator.naturalOrder()));

    static Group of(Regions regions, Household h, RecapLevel level) {
      String desa = h.key().kodeDesa();
      String kecamatan =
          regions
              .kecamatanOf(desa)
              .map(Region::code)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "household " + h.key() + ": " + desa + " is not a desa of the regency"));
      return switch (level) {
        case KABUPATEN -> new Group(null, null, null, null, null, null);
        case KECAMATAN -> new Group(kecamatan, null, null, null, null, null);
        case DESA -> new Group(kecamatan, desa, null, null, null, null);
        case DUSUN -> new Group(kecamatan, desa, h.dusun(), null, null, null);
        case RW -> new Group(kecamatan, desa, h.dusun(), h.rw(), null, null);
        case RT -> new Group(kecamatan, desa, h.dusun(), h.rw(), h.rt(), null);
        case DASAWISMA -> new Group(kecamatan, desa, null, null, null, h.key().kelompokDasawisma());
      };
    }

    Map<String, Object> fields(Regions regions) {
      Map<String, Object> fields = new LinkedHashMap<>();
      if (kecamatan == null) {
        fields.put("kode_kabupaten", regions.regency().code());
        fields.put("nama_kabupaten", regions.regency().name());
        return fields;
      }
      fields.put("kode_kecamatan", kecamatan);
      fields.put("nama_kecamatan", name(regions, kecamatan));
      if (desa != null) {
        fields.put("kode_desa", desa);
        fields.put("nama_desa", name(regions, desa));
      }
      putIfApplies(fields, "dusun", dusun);
      putIfApplies(fields, "rw", rw);
      putIfApplies(fields, "rt", rt);
      putIfApplies(fields, "kelompok_dasawisma", kelompok);
      return fields;
    }

    private static void putIfApplies(Map<String, Object> fields, String name, Object value) {
      if (value != null) {
        fields.put(name, value);
      }
    }

    private static String name(Regions regions, String code) {
      return regions.find(code).orElseThrow().name();
    }

    @Override
    public int compareTo(Group other) {
      return ORDER.compare(this, other);
    }
  }
}
