package id.terbuka.contracts.validate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Checks on who each release is: {@code ocid} and {@code id} together name one release, so a pair
 * seen twice is an error the schema's {@code uniqueItems} cannot catch (the two releases may differ
 * elsewhere); an ocid must start with a registered prefix ({@code ocds-} and six characters). Also
 * counts releases and distinct ocids for the report.
 */
final class ReleaseIdentities {

  private static final Pattern OCID_PREFIX = Pattern.compile("^ocds-[a-z0-9]{6}-");

  private final IssueList errors = new IssueList();
  private final Set<String> ocids = new HashSet<>();
  private int releaseCount;

  /** Checks the {@code releases} array of a release package. */
  static ReleaseIdentities of(JsonNode releases) {
    ReleaseIdentities identities = new ReleaseIdentities();
    identities.check(releases);
    return identities;
  }

  private void check(JsonNode releases) {
    Map<String, Integer> firstIndex = new HashMap<>();
    releaseCount = releases.size();
    for (int i = 0; i < releases.size(); i++) {
      JsonNode release = releases.get(i);
      JsonNode ocid = release.path("ocid");
      if (!ocid.isString()) {
        continue;
      }
      ocids.add(ocid.asString());
      if (!OCID_PREFIX.matcher(ocid.asString()).find()) {
        errors.add(
            "/releases/" + i + "/ocid",
            "ocid_prefix",
            "ocid "
                + Quoted.value(ocid)
                + " does not start with a registered prefix (ocds- and 6 letters or digits, then -)");
      }
      JsonNode id = release.path("id");
      if (id.isString() || id.isNumber()) {
        String key = ocid.asString() + "\u0000" + id.asString();
        Integer first = firstIndex.putIfAbsent(key, i);
        if (first != null) {
          errors.add(
              "/releases/" + i + "/id",
              "duplicate_release",
              "release "
                  + Quoted.value(id)
                  + " of ocid "
                  + Quoted.value(ocid)
                  + " is already at /releases/"
                  + first);
        }
      }
    }
  }

  IssueList errors() {
    return errors;
  }

  int releaseCount() {
    return releaseCount;
  }

  int ocidCount() {
    return ocids.size();
  }
}
