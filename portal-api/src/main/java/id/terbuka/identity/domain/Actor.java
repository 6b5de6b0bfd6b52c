package id.terbuka.identity.domain;

import java.util.Map;
import java.util.Optional;

/**
 * The caller of an operation: anonymous, or a user with their capacities per organisation/group.
 * Services receive it explicitly and check permissions themselves, so every entry point (API,
 * pages, imports) gets the same rules.
 */
public final class Actor {
  private static final Actor ANONYMOUS = new Actor(null, null, false, Map.of());

  private final String userId;
  private final String userName;
  private final boolean sysadmin;
  private final Map<String, Capacity> capacities;

  private Actor(
      String userId, String userName, boolean sysadmin, Map<String, Capacity> capacities) {
    this.userId = userId;
    this.userName = userName;
    this.sysadmin = sysadmin;
    this.capacities = Map.copyOf(capacities);
  }

  public static Actor anonymous() {
    return ANONYMOUS;
  }

  public static Actor user(UserAccount user, Map<String, Capacity> capacities) {
    return new Actor(user.id(), user.name(), user.sysadmin(), capacities);
  }

  /** The system itself (start-up tasks, demo loading): may do everything. */
  public static Actor system(UserAccount admin) {
    return new Actor(admin.id(), admin.name(), true, Map.of());
  }

  public boolean authenticated() {
    return userId != null;
  }

  public Optional<String> userId() {
    return Optional.ofNullable(userId);
  }

  public String userName() {
    return userName;
  }

  public boolean sysadmin() {
    return sysadmin;
  }

  /** The caller's capacity in an organisation or group, if any. */
  public Optional<Capacity> capacityIn(String groupId) {
    return Optional.ofNullable(groupId == null ? null : capacities.get(groupId));
  }

  /** True for sysadmins and for users with at least {@code needed} in the group. */
  public boolean can(Capacity needed, String groupId) {
    return sysadmin || capacityIn(groupId).map(c -> c.atLeast(needed)).orElse(false);
  }

  public Map<String, Capacity> capacities() {
    return capacities;
  }

  public boolean is(String otherUserId) {
    return userId != null && userId.equals(otherUserId);
  }
}
