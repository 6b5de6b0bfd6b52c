package id.terbuka.dasawisma.sample;

import id.terbuka.dasawisma.domain.Members;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Draws one household's people (sex and age) and counts them the way the PKK book does, so that the
 * counts fit together by construction: a woman of reproductive age is a woman of 15 to 49, a couple
 * of reproductive age one whose wife is such a woman, a pregnant or breastfeeding mother a wife, a
 * balita a child under five.
 *
 * <p>Assumptions, in round figures of our own for rural East Java (an older population than the
 * national average, households of three or four): household size 1 to 8, 3.5 on average, one in
 * twelve a person living alone (often an elderly widow); a married couple heads about 87 % of the
 * others, a single parent (mostly a widow) the rest; heads aged 20 to 85, a quarter of them 60 or
 * older; children's ages follow their mother's; an older couple often lives with a married child
 * and grandchildren, and that young family often holds its own family card (KK), which gives a
 * second KK to about one household in twelve to fifteen; a young couple sometimes houses a
 * grandparent. About 5 % of people are under five (fertility in East Java is near replacement and
 * Bojonegoro is ageing), so about one household in seven has a balita. A wife of 18 to 34 is
 * pregnant with a chance of 9 %, of 35 to 42 of 3 %; the mother of a child under two is
 * breastfeeding with a chance of 85 %. Illiteracy is concentrated among the elderly (women 30 %,
 * men 15 %), rare below 45; special needs about 1 % of people, 4 % of the elderly.
 */
final class MemberDraw {
  /** Weights of household sizes 1..8 (index = size), in percent. */
  private static final int[] SIZE_WEIGHTS = {0, 8, 20, 25, 24, 13, 6, 3, 1};

  /** Lower bounds of the head's age bands and their weights in percent (the last band to 85). */
  private static final int[] HEAD_AGE_FROM = {20, 30, 40, 50, 60, 70, 86};

  private static final int[] HEAD_AGE_WEIGHTS = {10, 22, 24, 20, 15, 9};

  private record Person(boolean female, int age) {}

  private final Random random;
  private final List<Person> people = new ArrayList<>();
  private final List<Integer> wives = new ArrayList<>();
  private int kk;

  private MemberDraw(Random random) {
    this.random = random;
  }

  static Members draw(Random random) {
    MemberDraw draw = new MemberDraw(random);
    draw.people(draw.size());
    return draw.count();
  }

  private int size() {
    int pick = random.nextInt(100);
    for (int size = 1; size < SIZE_WEIGHTS.length; size++) {
      pick -= SIZE_WEIGHTS[size];
      if (pick < 0) {
        return size;
      }
    }
    return 3;
  }

  private void people(int size) {
    kk = 1;
    if (size == 1) {
      boolean elderly = chance(0.5);
      add(chance(elderly ? 0.7 : 0.5), elderly ? between(60, 85) : between(20, 59));
      return;
    }
    int head = headAge();
    int mother;
    if (chance(0.87)) {
      mother = Math.max(18, head - random.nextInt(7));
      add(false, head);
      add(true, mother);
      wives.add(mother);
    } else {
      boolean female = chance(0.75);
      add(female, head);
      mother = female ? head : Math.max(18, head - random.nextInt(7));
    }
    int rest = size - people.size();
    if (head >= 50 && rest >= 2 && chance(0.5)) {
      int child = Math.max(20, head - 22 - random.nextInt(9));
      boolean daughter = chance(0.5);
      int inLaw = Math.max(18, child + random.nextInt(7) - 3);
      add(daughter, child);
      add(!daughter, inLaw);
      mother = daughter ? child : inLaw;
      wives.add(mother);
      kk = chance(0.75) ? 2 : 1;
      rest -= 2;
    } else if (head < 45 && rest >= 2 && chance(0.12)) {
      add(chance(0.7), between(60, 82));
      rest--;
    }
    children(mother, rest);
  }

  /**
   * The mother's children: the eldest born when she was 21 to 30 (but at most 45 years old: older
   * ones have left), each next one 2 to 6 years younger. A place left once the youngest possible
   * child is counted goes to another relative (a niece, a nephew, a sibling) of 15 to 30.
   */
  private void children(int mother, int count) {
    int age = mother - between(21, 30);
    if (age > 45) {
      age = between(30, 45);
    }
    for (int i = 0; i < count; i++) {
      add(chance(0.5), age >= 0 ? age : between(15, 30));
      age -= between(2, 6);
    }
  }

  private int headAge() {
    int pick = random.nextInt(100);
    int band = 0;
    while (pick >= HEAD_AGE_WEIGHTS[band]) {
      pick -= HEAD_AGE_WEIGHTS[band];
      band++;
    }
    return between(HEAD_AGE_FROM[band], HEAD_AGE_FROM[band + 1] - 1);
  }

  private void add(boolean female, int age) {
    people.add(new Person(female, age));
  }

  private Members count() {
    int l = 0;
    int p = 0;
    int balitaL = 0;
    int balitaP = 0;
    int wus = 0;
    int lansia = 0;
    int butaL = 0;
    int butaP = 0;
    int khusus = 0;
    boolean infant = false;
    for (Person person : people) {
      int age = person.age();
      if (person.female()) {
        p++;
        balitaP += age < 5 ? 1 : 0;
        wus += age >= 15 && age <= 49 ? 1 : 0;
      } else {
        l++;
        balitaL += age < 5 ? 1 : 0;
      }
      infant |= age < 2;
      lansia += age >= 60 ? 1 : 0;
      if (illiterate(person)) {
        butaL += person.female() ? 0 : 1;
        butaP += person.female() ? 1 : 0;
      }
      khusus += chance(age >= 60 ? 0.04 : 0.01) ? 1 : 0;
    }
    int pus = 0;
    int hamil = 0;
    int youngestWife = Integer.MAX_VALUE;
    for (int wife : wives) {
      pus += wife >= 15 && wife <= 49 ? 1 : 0;
      hamil += wife >= 18 && wife <= 42 && chance(wife <= 34 ? 0.09 : 0.03) ? 1 : 0;
      youngestWife = Math.min(youngestWife, wife);
    }
    int menyusui = infant && youngestWife <= 45 && chance(0.85) ? 1 : 0;
    return new Members(
        kk, l, p, balitaL, balitaP, pus, wus, hamil, menyusui, lansia, butaL, butaP, khusus);
  }

  private boolean illiterate(Person person) {
    int age = person.age();
    if (age < 15) {
      return false;
    }
    if (age >= 60) {
      return chance(person.female() ? 0.30 : 0.15);
    }
    return chance(age >= 45 ? (person.female() ? 0.07 : 0.04) : 0.01);
  }

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  private int between(int from, int to) {
    return from + random.nextInt(to - from + 1);
  }
}
