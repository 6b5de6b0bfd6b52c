package id.terbuka.accounts.domain;

import id.terbuka.identity.domain.UserAccount;
import id.terbuka.shared.Timestamps;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A change to an account, as the activity stream records it: CKAN's activity type, a {@code detail}
 * naming what happened, and the account's public fields after the change. The password, its hash
 * and the email are never part of it: activities are kept for good, and a user's stream is read by
 * more people than the account's owner.
 */
public enum AccountChange {
  CREATED("new user", "created"),
  DISABLED("changed user", "disabled"),
  ENABLED("changed user", "re-enabled"),
  PASSWORD_RESET("changed user", "password reset"),
  UPDATED("changed user", "updated"),
  PASSWORD_CHANGED("changed user", "password changed");

  /** The key of the user's dict in the activity's {@code data}, as CKAN names it. */
  public static final String OBJECT_KEY = "user";

  private final String activityType;
  private final String detail;

  AccountChange(String activityType, String detail) {
    this.activityType = activityType;
    this.detail = detail;
  }

  /** CKAN's activity type: {@code new user} or {@code changed user}. */
  public String activityType() {
    return activityType;
  }

  /** What happened, in the activity's {@code data.detail}. */
  public String detail() {
    return detail;
  }

  /** The account as recorded: id, name, full name, sysadmin, state and creation time only. */
  public static Map<String, Object> recorded(UserAccount user) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", user.id());
    m.put("name", user.name());
    m.put("fullname", user.fullname());
    m.put("sysadmin", user.sysadmin());
    m.put("state", user.state());
    m.put("created", Timestamps.ckan(user.created()));
    return m;
  }

  /** What the activity's {@code data} carries beside the user's dict. */
  public Map<String, Object> cause() {
    return Map.of("detail", detail);
  }
}
