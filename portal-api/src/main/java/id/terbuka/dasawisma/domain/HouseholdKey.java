package id.terbuka.dasawisma.domain;

import java.util.Comparator;

/**
 * What identifies a household record (issue 12, item 2): a re-sent row with the same key replaces
 * the stored one. {@code idKeluarga} is the cadre's own household number within her group, not a
 * NIK or KK number.
 *
 * @param tahun the year of the record
 * @param kodeDesa the desa or kelurahan's Kemendagri code
 * @param kelompokDasawisma the dasa wisma group, whitespace collapsed
 * @param idKeluarga the household's number within the group
 */
public record HouseholdKey(int tahun, String kodeDesa, String kelompokDasawisma, String idKeluarga)
    implements Comparable<HouseholdKey> {

  private static final Comparator<HouseholdKey> ORDER =
      Comparator.comparingInt(HouseholdKey::tahun)
          .thenComparing(HouseholdKey::kodeDesa)
          .thenComparing(HouseholdKey::kelompokDasawisma)
          .thenComparing(HouseholdKey::idKeluarga);

  @Override
  public int compareTo(HouseholdKey other) {
    return ORDER.compare(this, other);
  }
}
