package id.terbuka.web;

import id.terbuka.identity.domain.UserAccount;

/** How the pages name an activity: its message key and the person who made it. */
final class ActivityText {
  private ActivityText() {}

  /** {@code activity.changed_package} for {@code changed package}; {@code activity.other} else. */
  static String whatKey(String activityType) {
    return "activity." + (activityType == null ? "other" : activityType.replace(' ', '_'));
  }

  /** The account's full name, or its user name when it has none. */
  static String displayName(UserAccount user) {
    return user.fullname() == null || user.fullname().isBlank() ? user.name() : user.fullname();
  }
}
