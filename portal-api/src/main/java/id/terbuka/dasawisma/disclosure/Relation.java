package id.terbuka.dasawisma.disclosure;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * An additive relation between indicators that holds in every region: {@code total = sum of parts}
 * (anggota = anggota_l + anggota_p; households = the sumber_air categories).
 */
public record Relation(String total, List<String> parts) {

  public Relation {
    Objects.requireNonNull(total, "total");
    parts = List.copyOf(parts);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("relation for " + total + " has no parts");
    }
    if (new HashSet<>(parts).size() != parts.size() || parts.contains(total)) {
      throw new IllegalArgumentException(
          "relation " + total + " = " + String.join(" + ", parts) + " repeats an indicator");
    }
  }

  public static Relation of(String total, String... parts) {
    return new Relation(total, List.of(parts));
  }

  @Override
  public String toString() {
    return total + " = " + String.join(" + ", parts);
  }
}
