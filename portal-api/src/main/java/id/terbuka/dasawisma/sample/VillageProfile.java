package id.terbuka.dasawisma.sample;

import id.terbuka.dasawisma.domain.Region;
import id.terbuka.dasawisma.domain.RegionLevel;
import java.util.Random;
import java.util.Set;

/**
 * The shares that make one desa differ from the next: each is drawn around a base share for its
 * kind of place, so that some desa have one or two households on a river or eating non-rice staples
 * (the small counts disclosure control must withhold) and others none.
 *
 * <p>Base shares, our own round figures of the orders of magnitude that PKK recaps of rural East
 * Java show (not statistics): in a rural desa drinking water from a well (sumur) for about 85 % of
 * households, piped water (PDAM) 8 %, river 2 %, other sources (springs, rain, bought water) 5 %;
 * in a kelurahan PDAM for about 55 %. Rice is the staple of nearly everyone; maize or cassava
 * staples survive in a few households of the hilly, forested south and west (the "upland" kecamatan
 * below). A healthy house for about three households in four (more in town); rubbish bin or pit and
 * waste-water drain for about two in three (four in five in town); most have a toilet, some share
 * one (none of their own). PKK activities are minorities: the family income programme (UP2K) about
 * 15 %, yard use about 30 %, home industry about 8 %, environmental health about 25 %.
 */
record VillageProfile(
    double pdam,
    double sungai,
    double lainnya,
    double sehat,
    double tempatSampah,
    double spal,
    double noJamban,
    double nonBeras,
    double up2k,
    double pekarangan,
    double industri,
    double kesehatanLingkungan) {

  /** Kecamatan in the hills and teak forest of the south and west: fewer pipes, more maize. */
  static final Set<String> UPLAND =
      Set.of("35.22.03", "35.22.05", "35.22.21", "35.22.22", "35.22.25", "35.22.26", "35.22.27");

  static VillageProfile draw(Random random, Region village) {
    boolean town = village.level() == RegionLevel.KELURAHAN;
    boolean upland = UPLAND.contains(village.parentCode());
    double pdam = town ? 0.55 : upland ? 0.04 : 0.09;
    double sungai = town ? 0.002 : upland ? 0.03 : 0.015;
    double lainnya = town ? 0.02 : upland ? 0.07 : 0.04;
    double nonBeras = town ? 0.001 : upland ? 0.015 : 0.003;
    return new VillageProfile(
        around(random, pdam, town ? 0.15 : 0.05),
        scaled(random, sungai),
        scaled(random, lainnya),
        around(random, town ? 0.85 : 0.74, 0.1),
        around(random, town ? 0.85 : 0.64, 0.12),
        around(random, town ? 0.82 : 0.63, 0.12),
        scaled(random, town ? 0.02 : 0.08),
        scaled(random, nonBeras),
        scaled(random, 0.15),
        around(random, town ? 0.15 : 0.32, 0.1),
        scaled(random, 0.08),
        around(random, 0.25, 0.1));
  }

  /** A large share give or take up to {@code spread}. */
  private static double around(Random random, double share, double spread) {
    return Math.max(0, Math.min(0.97, share + (random.nextDouble() * 2 - 1) * spread));
  }

  /** A small share times a factor from 0 to 2: some desa have none, others twice as many. */
  private static double scaled(Random random, double share) {
    return share * random.nextDouble() * 2;
  }
}
