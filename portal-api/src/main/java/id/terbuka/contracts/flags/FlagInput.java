package id.terbuka.contracts.flags;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * One process to judge: its compiled release and each contract's value at signature (contract id ->
 * amount), which {@link RedFlag#AMENDED_UP} compares with the current value. Without those values
 * that one rule is not applied.
 */
public record FlagInput(
    JsonNode compiledRelease, Map<String, BigDecimal> contractValuesAtSignature) {
  public FlagInput {
    Objects.requireNonNull(compiledRelease, "compiledRelease");
    contractValuesAtSignature = Map.copyOf(contractValuesAtSignature);
  }

  /** A compiled release alone (no contract history: no {@link RedFlag#AMENDED_UP}). */
  public static FlagInput of(JsonNode compiledRelease) {
    return new FlagInput(compiledRelease, Map.of());
  }

  /**
   * A compiled release with the releases it was compiled from, for the values at signature.
   *
   * @throws IllegalArgumentException when a release has no valid date
   */
  public static FlagInput withReleases(
      JsonNode compiledRelease, List<? extends JsonNode> releases) {
    return new FlagInput(compiledRelease, SignedContractValues.of(releases));
  }
}
