package id.terbuka.contracts.domain;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which ocid prefixes the portal publishes under: its own registered prefix ({@code
 * TERBUKA_OCID_PREFIX}) and any others it accepts in posted packages ({@code
 * TERBUKA_OCID_PREFIXES_ACCEPTED}).
 */
public record Ocids(String ownPrefix, List<String> acceptedPrefixes) {
  /** A registered prefix: {@code ocds-} and six lower-case letters or digits. */
  public static final Pattern PREFIX = Pattern.compile("ocds-[a-z0-9]{6}");

  public Ocids {
    acceptedPrefixes = List.copyOf(acceptedPrefixes);
    if (!PREFIX.matcher(ownPrefix).matches()) {
      throw new IllegalArgumentException(
          "TERBUKA_OCID_PREFIX must be a registered prefix such as ocds-abc123, not " + ownPrefix);
    }
    for (String p : acceptedPrefixes) {
      if (!PREFIX.matcher(p).matches()) {
        throw new IllegalArgumentException(
            "TERBUKA_OCID_PREFIXES_ACCEPTED lists "
                + p
                + ", which is not a prefix such as ocds-abc123");
      }
    }
  }

  /** The ocid of a process with the portal's own prefix, e.g. ocds-abc123-21334455. */
  public String ocid(String localId) {
    return ownPrefix + "-" + localId;
  }

  /** Whether a posted release's ocid is under the own or an accepted prefix. */
  public boolean accepts(String ocid) {
    if (ocid.startsWith(ownPrefix + "-")) {
      return true;
    }
    return acceptedPrefixes.stream().anyMatch(p -> ocid.startsWith(p + "-"));
  }
}
