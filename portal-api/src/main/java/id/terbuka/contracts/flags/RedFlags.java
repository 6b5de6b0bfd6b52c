package id.terbuka.contracts.flags;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Computes the red flags of every process from compiled releases (thread-safe, immutable).
 *
 * <ul>
 *   <li>{@link RedFlag#SINGLE_BIDDER}: {@code tender.numberOfTenderers} is 1 in a process open to
 *       competition ({@code open} or {@code selective}, not catalogue e-purchasing);
 *   <li>{@link RedFlag#SHORT_TENDER}: such a process's tender period is shorter than the minimum;
 *   <li>{@link RedFlag#AWARD_NEAR_ESTIMATE}: a standing award is at least 99 % of {@code
 *       tender.value} (HPS);
 *   <li>{@link RedFlag#CONTRACT_SPLITTING}: three or more Pengadaan Langsung processes by one buyer
 *       with one supplier within 30 days, each at most the threshold, together above it;
 *   <li>{@link RedFlag#AMENDED_UP}: a contract's value more than 10 % above its value at signature
 *       (needs {@link FlagInput#withReleases}).
 * </ul>
 */
public final class RedFlags {
  /**
   * A starting point for the configured minimum tender period, in days (a week); not a figure from
   * the regulation: set it from the rules the procurement office follows.
   */
  public static final int DEFAULT_MINIMUM_TENDER_DAYS = 7;

  /** The Pengadaan Langsung ceiling for goods, works and other services: Rp 200 juta. */
  public static final BigDecimal DEFAULT_DIRECT_THRESHOLD = new BigDecimal("200000000");

  private final ShortTenderRule shortTender;
  private final ContractSplittingRule splitting;

  /**
   * @param minimumTenderDays a tender period of fewer days is flagged (at least 1)
   * @param directThreshold the Pengadaan Langsung threshold in rupiah (positive)
   */
  public RedFlags(int minimumTenderDays, BigDecimal directThreshold) {
    if (minimumTenderDays < 1) {
      throw new IllegalArgumentException(
          "minimum tender period must be at least 1 day, was " + minimumTenderDays);
    }
    if (directThreshold == null || directThreshold.signum() <= 0) {
      throw new IllegalArgumentException(
          "Pengadaan Langsung threshold must be a positive amount, was " + directThreshold);
    }
    this.shortTender = new ShortTenderRule(minimumTenderDays);
    this.splitting = new ContractSplittingRule(directThreshold);
  }

  /** With {@link #DEFAULT_MINIMUM_TENDER_DAYS} and {@link #DEFAULT_DIRECT_THRESHOLD}. */
  public static RedFlags withDefaults() {
    return new RedFlags(DEFAULT_MINIMUM_TENDER_DAYS, DEFAULT_DIRECT_THRESHOLD);
  }

  /**
   * Flags of every process, computed from the compiled releases of all processes (splitting needs
   * them all). Without contract history {@link RedFlag#AMENDED_UP} is not applied: use {@link
   * #evaluateInputs} for it.
   *
   * @return ocid -> findings in {@link RedFlag} order, for every process given (an empty list when
   *     none), in the order given
   * @throws IllegalArgumentException when a release has no ocid or two share one
   */
  public Map<String, List<FlagFinding>> evaluate(List<? extends JsonNode> compiledReleases) {
    return evaluateInputs(compiledReleases.stream().map(FlagInput::of).toList());
  }

  /**
   * As {@link #evaluate}, with each contract's value at signature where the input has it.
   *
   * @throws IllegalArgumentException when a release has no ocid or two share one
   */
  public Map<String, List<FlagFinding>> evaluateInputs(List<FlagInput> processes) {
    Map<String, FlagInput> byOcid = new LinkedHashMap<>();
    List<ProcessView> views = new ArrayList<>();
    for (FlagInput input : processes) {
      ProcessView view = new ProcessView(input.compiledRelease());
      String ocid = view.ocid();
      if (ocid == null || ocid.isBlank()) {
        throw new IllegalArgumentException("a compiled release has no ocid");
      }
      if (byOcid.putIfAbsent(ocid, input) != null) {
        throw new IllegalArgumentException("two compiled releases share the ocid " + ocid);
      }
      views.add(view);
    }
    Map<String, FlagFinding> split = splitting.check(views);
    Map<String, List<FlagFinding>> flags = new LinkedHashMap<>();
    for (ProcessView view : views) {
      List<FlagFinding> findings = new ArrayList<>();
      SingleBidderRule.check(view).ifPresent(findings::add);
      shortTender.check(view).ifPresent(findings::add);
      AwardNearEstimateRule.check(view).ifPresent(findings::add);
      if (split.containsKey(view.ocid())) {
        findings.add(split.get(view.ocid()));
      }
      AmendedUpRule.check(view, byOcid.get(view.ocid()).contractValuesAtSignature())
          .ifPresent(findings::add);
      flags.put(view.ocid(), List.copyOf(findings));
    }
    return flags;
  }
}
