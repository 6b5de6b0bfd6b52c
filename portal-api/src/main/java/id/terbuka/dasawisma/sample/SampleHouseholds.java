package id.terbuka.dasawisma.sample;

import id.terbuka.dasawisma.domain.Household;
import id.terbuka.dasawisma.domain.HouseholdKey;
import id.terbuka.dasawisma.domain.Members;
import id.terbuka.dasawisma.domain.Region;
import id.terbuka.dasawisma.domain.RegionLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * The synthetic households of one desa or kelurahan for one year, deterministic for a seed: its
 * dusun, RW, RT and dasa wisma groups ({@link VillageLayout}), the shares that set it apart from
 * its neighbours ({@link VillageProfile}) and, household by household, members ({@link MemberDraw})
 * and living conditions ({@link LivingDraw}).
 *
 * <p>The layout is sized for the desa's planned households (its target); {@link #first(int)} gives
 * the households entered so far, group after group in entry order, each numbered within its group
 * ({@code id_keluarga} {@code 01}, {@code 02}, ...). Asking for fewer households gives a prefix of
 * the same list, so a desa's entries only grow over the year.
 *
 * <p>Summed over many desa the draws give, roughly: 3.5 members and 1.07 family cards per
 * household; a balita in one household in five, a pregnant woman in one in thirty, an elderly
 * member in three in ten; water from a well for four households in five in the desa, from PDAM for
 * about half in a kelurahan; rice as the staple for 99 %; a healthy house for three in four.
 */
public final class SampleHouseholds {
  private final Region village;
  private final int tahun;
  private final VillageLayout layout;
  private final VillageProfile profile;
  private final long householdSeed;

  private SampleHouseholds(
      Region village, int tahun, VillageLayout layout, VillageProfile profile, long householdSeed) {
    this.village = village;
    this.tahun = tahun;
    this.layout = layout;
    this.profile = profile;
    this.householdSeed = householdSeed;
  }

  /**
   * The households of {@code village} in {@code tahun}, laid out for {@code plannedHouseholds}.
   *
   * @throws IllegalArgumentException if {@code village} is no desa or kelurahan, or the number is
   *     not positive
   */
  public static SampleHouseholds of(Region village, int tahun, int plannedHouseholds, long seed) {
    if (!village.level().isVillage()) {
      throw new IllegalArgumentException("Not a desa or kelurahan: " + village.code());
    }
    if (plannedHouseholds < 1) {
      throw new IllegalArgumentException("Planned households must be positive");
    }
    SplittableRandom seeds = new SplittableRandom(seed ^ ((long) village.code().hashCode() << 21));
    Random shape = new Random(seeds.nextLong());
    VillageProfile profile = VillageProfile.draw(shape, village);
    VillageLayout layout =
        VillageLayout.draw(shape, village.level() == RegionLevel.KELURAHAN, plannedHouseholds);
    return new SampleHouseholds(village, tahun, layout, profile, seeds.nextLong());
  }

  /** How many households the layout has room for (at least the planned number). */
  public int capacity() {
    return layout.groups().stream().mapToInt(VillageLayout.Group::size).sum();
  }

  /**
   * The first {@code count} households in entry order.
   *
   * @throws IllegalArgumentException if {@code count} is negative or above {@link #capacity()}
   */
  public List<Household> first(int count) {
    if (count < 0 || count > capacity()) {
      throw new IllegalArgumentException(
          "Between 0 and " + capacity() + " households in " + village.code() + ", not " + count);
    }
    Random random = new Random(householdSeed);
    List<Household> households = new ArrayList<>(count);
    for (VillageLayout.Group group : layout.groups()) {
      for (int i = 1; i <= group.size() && households.size() < count; i++) {
        HouseholdKey key =
            new HouseholdKey(tahun, village.code(), group.name(), String.format("%02d", i));
        Members members = MemberDraw.draw(random);
        households.add(
            new Household(
                key,
                group.dusun(),
                group.rw(),
                group.rt(),
                members,
                LivingDraw.draw(random, profile, members)));
      }
    }
    return households;
  }
}
