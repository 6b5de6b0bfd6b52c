package id.terbuka.dasawisma.sample;

import id.terbuka.dasawisma.domain.KriteriaRumah;
import id.terbuka.dasawisma.domain.Living;
import id.terbuka.dasawisma.domain.MakananPokok;
import id.terbuka.dasawisma.domain.Members;
import id.terbuka.dasawisma.domain.SumberAir;
import java.util.Random;

/**
 * Draws a household's house, sanitation, food and activities from its desa's {@link
 * VillageProfile}. A few links between answers, as a cadre would see them: a house without a toilet
 * is rarely judged healthy, a healthy house more often has a rubbish bin and a drain, and the P4K
 * sticker hangs on houses with a pregnant woman (nearly never elsewhere).
 */
final class LivingDraw {
  private LivingDraw() {}

  static Living draw(Random random, VillageProfile profile, Members members) {
    SumberAir air = water(random, profile);
    int jamban = random.nextDouble() < profile.noJamban() ? 0 : random.nextDouble() < 0.05 ? 2 : 1;
    boolean sehat = chance(random, jamban == 0 ? profile.sehat() * 0.4 : profile.sehat());
    double care = sehat ? 1.1 : 0.7;
    boolean sampah = chance(random, profile.tempatSampah() * care);
    boolean spal = chance(random, profile.spal() * care);
    boolean stiker = chance(random, members.ibuHamil() > 0 ? 0.8 : 0.003);
    MakananPokok makanan =
        chance(random, profile.nonBeras()) ? MakananPokok.NON_BERAS : MakananPokok.BERAS;
    return new Living(
        sehat ? KriteriaRumah.SEHAT : KriteriaRumah.KURANG_SEHAT,
        sampah,
        spal,
        jamban,
        air,
        stiker,
        makanan,
        chance(random, profile.up2k()),
        chance(random, profile.pekarangan()),
        chance(random, profile.industri()),
        chance(random, profile.kesehatanLingkungan()));
  }

  private static SumberAir water(Random random, VillageProfile profile) {
    double pick = random.nextDouble();
    if (pick < profile.pdam()) {
      return SumberAir.PDAM;
    }
    pick -= profile.pdam();
    if (pick < profile.sungai()) {
      return SumberAir.SUNGAI;
    }
    pick -= profile.sungai();
    return pick < profile.lainnya() ? SumberAir.LAINNYA : SumberAir.SUMUR;
  }

  private static boolean chance(Random random, double p) {
    return random.nextDouble() < p;
  }
}
