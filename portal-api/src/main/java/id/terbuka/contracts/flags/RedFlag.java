package id.terbuka.contracts.flags;

import java.util.Optional;

/** The red flags the portal computes, with the ids used as search facets and filters. */
public enum RedFlag {
  /** One tender submitted in a process open to competition. */
  SINGLE_BIDDER("single_bidder"),
  /** A tender period shorter than the configured minimum. */
  SHORT_TENDER("short_tender_period"),
  /** An award at or above 99 % of the owner's estimate (HPS). */
  AWARD_NEAR_ESTIMATE("award_near_estimate"),
  /** Three or more small direct procurements by one buyer from one supplier within 30 days. */
  CONTRACT_SPLITTING("contract_splitting"),
  /** A contract value raised by more than 10 % after signature. */
  AMENDED_UP("contract_amended_up");

  private final String id;

  RedFlag(String id) {
    this.id = id;
  }

  /** The stable id: facet value, {@code flag=} filter, API field. */
  public String id() {
    return id;
  }

  /** The flag with this id, if any (exact match). */
  public static Optional<RedFlag> byId(String id) {
    for (RedFlag flag : values()) {
      if (flag.id.equals(id)) {
        return Optional.of(flag);
      }
    }
    return Optional.empty();
  }
}
