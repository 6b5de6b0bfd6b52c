package id.terbuka.dasawisma.domain;

import java.util.List;

/**
 * A total that is the sum of its parts in every region ({@code anggota = anggota_l + anggota_p}): a
 * linear relation of the published table that disclosure control must respect, since a withheld
 * part could otherwise be recovered by subtraction.
 *
 * @param total the total indicator's code
 * @param parts the parts' codes, which add up to it exactly
 */
public record AdditiveRelation(String total, List<String> parts) {
  public AdditiveRelation {
    parts = List.copyOf(parts);
    if (parts.size() < 2) {
      throw new IllegalArgumentException("A relation needs two parts or more: " + total);
    }
  }
}
