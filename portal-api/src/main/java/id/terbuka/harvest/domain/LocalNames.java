package id.terbuka.harvest.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The local name of a harvested dataset: the remote name made safe for our rules (lowercase ASCII
 * letters, digits, {@code -} and {@code _}, 2 to 100 characters, not a reserved word), then, when a
 * local dataset already has it, the same with {@code -2}, {@code -3}... Chosen once, at creation:
 * later runs keep it, so links to the local copy stay valid.
 */
public final class LocalNames {
  static final int MAX = 100;
  private static final int TRIES = 50;

  private LocalNames() {}

  /** The remote name made safe, without looking for collisions. */
  public static String safe(String remoteName) {
    String ascii =
        Normalizer.normalize(remoteName == null ? "" : remoteName, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    String name = ascii.replaceAll("[^a-z0-9_-]+", "-").replaceAll("-{2,}", "-");
    name = name.replaceAll("^-+|-+$", "");
    if (name.length() > MAX) {
      name = name.substring(0, MAX);
    }
    if (name.length() < 2 || name.equals("new") || name.equals("edit") || name.equals("search")) {
      name = ("dataset-" + name).replaceAll("-+$", "");
    }
    return name;
  }

  /** The first free name: {@link #safe} then with a number; {@code taken} asks the catalogue. */
  public static String free(String remoteName, Predicate<String> taken) {
    String base = safe(remoteName);
    if (!taken.test(base)) {
      return base;
    }
    for (int n = 2; n < TRIES; n++) {
      String suffix = "-" + n;
      String candidate = base.substring(0, Math.min(base.length(), MAX - suffix.length())) + suffix;
      if (!taken.test(candidate)) {
        return candidate;
      }
    }
    throw new HarvestException("No free local name for remote dataset " + remoteName);
  }
}
