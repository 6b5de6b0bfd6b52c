package id.terbuka.identity.domain;

import java.util.Locale;
import java.util.Optional;

/** A user's role in an organisation or group, weakest first. */
public enum Capacity {
  MEMBER,
  EDITOR,
  ADMIN;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean atLeast(Capacity other) {
    return compareTo(other) >= 0;
  }

  public static Optional<Capacity> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    for (Capacity c : values()) {
      if (c.id().equals(value.trim().toLowerCase(Locale.ROOT))) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
