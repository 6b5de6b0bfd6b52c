package id.terbuka.contracts.sample;

import id.terbuka.contracts.sheet.ContractStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Version 2 of the sample: the same processes at the end of the year. Some running contracts were
 * amended, {@value #AMENDED_UP} of them up by 12 to 25 % (the red flag's threshold is 10 %) and
 * {@value #AMENDED_LITTLE} by 2 to 8 %; then every running contract is completed and paid in full
 * (every contract of the sample ends by 28 December). Split purchases are left as they are, so each
 * stays under the direct-purchase ceiling.
 */
final class YearEnd {
  static final int AMENDED_UP = 8;
  static final int AMENDED_LITTLE = 5;

  private YearEnd() {}

  static void apply(List<SampleProcess> processes, long seed) {
    SampleDraw draw = new SampleDraw(new Random(seed * 31 + 2));
    List<SampleProcess> running = new ArrayList<>();
    for (SampleProcess p : processes) {
      if (p.statusKontrak == ContractStatus.BERJALAN && p.quirk != Quirk.SPLIT) {
        running.add(p);
      }
    }
    Collections.shuffle(running, draw.random());
    for (int i = 0; i < running.size() && i < AMENDED_UP + AMENDED_LITTLE; i++) {
      SampleProcess p = running.get(i);
      p.nilaiKontrak =
          i < AMENDED_UP
              ? draw.share(p.nilaiKontrak, 1.12, 1.25)
              : draw.share(p.nilaiKontrak, 1.02, 1.08);
    }
    for (SampleProcess p : processes) {
      if (p.statusKontrak == ContractStatus.BERJALAN) {
        p.statusKontrak = ContractStatus.SELESAI;
        p.dibayar = p.nilaiKontrak;
      }
    }
  }
}
