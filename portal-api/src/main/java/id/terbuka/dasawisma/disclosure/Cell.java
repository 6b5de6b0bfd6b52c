package id.terbuka.dasawisma.disclosure;

import java.util.Objects;

/** One cell of the table: an indicator's count in a region. */
public record Cell(String region, String indicator) {

  public Cell {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(indicator, "indicator");
  }

  @Override
  public String toString() {
    return region + "/" + indicator;
  }
}
