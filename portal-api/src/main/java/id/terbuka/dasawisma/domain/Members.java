package id.terbuka.dasawisma.domain;

/**
 * A household's people, counted (form 4.14.2a and the recap block of 4.16a-4.17c). Every count is
 * from 0; {@link HouseholdRowParser} checks that they fit together.
 *
 * @param jumlahKk family cards (KK) in the household, at least 1
 * @param anggotaL male members
 * @param anggotaP female members
 * @param balitaL boys under five
 * @param balitaP girls under five
 * @param pus couples of reproductive age (the wife 15-49)
 * @param wus women of reproductive age (15-49)
 * @param ibuHamil pregnant women
 * @param ibuMenyusui breastfeeding mothers
 * @param lansia members aged 60 and over
 * @param butaHurufL illiterate men ("3 buta")
 * @param butaHurufP illiterate women
 * @param berkebutuhanKhusus members with special needs (disability)
 */
public record Members(
    int jumlahKk,
    int anggotaL,
    int anggotaP,
    int balitaL,
    int balitaP,
    int pus,
    int wus,
    int ibuHamil,
    int ibuMenyusui,
    int lansia,
    int butaHurufL,
    int butaHurufP,
    int berkebutuhanKhusus) {

  /** All members. */
  public int anggota() {
    return anggotaL + anggotaP;
  }
}
