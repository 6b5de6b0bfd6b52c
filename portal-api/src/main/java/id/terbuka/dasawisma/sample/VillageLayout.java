package id.terbuka.dasawisma.sample;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * How a desa's households are organised: dusun, RW, RT and the dasa wisma groups of 10 to 20
 * neighbouring households inside one RT.
 *
 * <p>Assumptions: an RT holds 2 to 4 groups (20 to 80 households, 45 on average, the usual order of
 * a rural RT in East Java), an RW 2 to 5 RT; RW are numbered through the desa and RT within their
 * RW; a desa has 2 to 6 dusun (never more than it has RW), each holding neighbouring RW; a
 * kelurahan has no dusun. Groups are named after a flower per RW and numbered per flower ({@code
 * Mawar 1}, {@code Melati 3}) in most desa, or numbered through the desa ({@code DW 07}) in the
 * others.
 *
 * <p>{@link #groups()} lists the groups in the order their households are entered: shuffled, so
 * that a partly entered desa has entries in every dusun, as when each cadre sends her own group.
 */
final class VillageLayout {
  static final int MIN_GROUP = 10;
  static final int MAX_GROUP = 20;

  private static final List<String> FLOWERS =
      List.of(
          "Mawar",
          "Melati",
          "Anggrek",
          "Kenanga",
          "Dahlia",
          "Cempaka",
          "Teratai",
          "Flamboyan",
          "Kamboja",
          "Seruni",
          "Tanjung",
          "Asoka",
          "Nusa Indah",
          "Bougenville",
          "Sedap Malam");

  private static final List<String> DUSUN =
      List.of(
          "Krajan",
          "Kidul",
          "Lor",
          "Wetan",
          "Kulon",
          "Tengah",
          "Sidomulyo",
          "Sumberejo",
          "Karangrejo",
          "Jatirejo",
          "Tegalrejo",
          "Banaran",
          "Gempol",
          "Ngampel",
          "Randusongo",
          "Mojosari");

  /**
   * One dasa wisma group.
   *
   * @param dusun its dusun ("" in a kelurahan)
   * @param rw its RW
   * @param rt its RT within the RW
   * @param name the group's name, unique in the desa
   * @param size how many households it has
   */
  record Group(String dusun, int rw, int rt, String name, int size) {}

  private final List<Group> groups;

  private VillageLayout(List<Group> groups) {
    this.groups = groups;
  }

  /** A layout with room for at least {@code households}, drawn from {@code random}. */
  static VillageLayout draw(Random random, boolean kelurahan, int households) {
    List<Rt> rts = rts(random, households);
    int rwCount = rts.isEmpty() ? 0 : rts.get(rts.size() - 1).rw();
    List<String> dusun = kelurahan ? List.of() : dusun(random, rwCount);
    boolean flowers = random.nextDouble() < 0.7;
    int[] perFlower = new int[FLOWERS.size()];
    int numbered = 0;
    List<Group> groups = new ArrayList<>();
    for (Rt rt : rts) {
      int rw = rt.rw();
      String dusunName = dusun.isEmpty() ? "" : dusun.get((rw - 1) * dusun.size() / rwCount);
      for (int size : rt.groupSizes()) {
        String name;
        if (flowers) {
          int flower = (rw - 1) % FLOWERS.size();
          name = FLOWERS.get(flower) + " " + ++perFlower[flower];
        } else {
          name = String.format("DW %02d", ++numbered);
        }
        groups.add(new Group(dusunName, rw, rt.rt(), name, size));
      }
    }
    Collections.shuffle(groups, random);
    return new VillageLayout(List.copyOf(groups));
  }

  /** An RT and the sizes of its groups. */
  private record Rt(int rw, int rt, int[] groupSizes) {}

  /** The RT in order, until their groups hold at least {@code households}. */
  private static List<Rt> rts(Random random, int households) {
    List<Rt> rts = new ArrayList<>();
    int room = 0;
    int rw = 0;
    while (room < households) {
      rw++;
      int rtCount = 2 + random.nextInt(4);
      for (int rt = 1; rt <= rtCount && room < households; rt++) {
        int[] sizes = new int[2 + random.nextInt(3)];
        for (int g = 0; g < sizes.length; g++) {
          sizes[g] = MIN_GROUP + random.nextInt(MAX_GROUP - MIN_GROUP + 1);
          room += sizes[g];
        }
        rts.add(new Rt(rw, rt, sizes));
      }
    }
    return rts;
  }

  /** 2 to 6 distinct dusun names (at most one per RW), the first usually Krajan. */
  private static List<String> dusun(Random random, int rwCount) {
    int count = Math.max(1, Math.min(rwCount, 2 + random.nextInt(5)));
    List<String> names = new ArrayList<>(DUSUN.subList(1, DUSUN.size()));
    Collections.shuffle(names, random);
    List<String> chosen = new ArrayList<>();
    if (random.nextDouble() < 0.8) {
      chosen.add(DUSUN.get(0));
    }
    chosen.addAll(names.subList(0, count - chosen.size()));
    return chosen;
  }

  /** The groups in entry order. */
  List<Group> groups() {
    return groups;
  }
}
