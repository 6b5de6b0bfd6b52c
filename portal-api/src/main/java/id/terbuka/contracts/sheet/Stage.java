package id.terbuka.contracts.sheet;

import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The stages of a contracting process a spreadsheet row can fill, in process order; each stage's
 * releases carry the tags of its OCDS section.
 */
public enum Stage {
  PLANNING("perencanaan"),
  TENDER("tender"),
  AWARD("penetapan pemenang"),
  CONTRACT("kontrak"),
  IMPLEMENTATION("pembayaran");

  private final String nameId;

  Stage(String nameId) {
    this.nameId = nameId;
  }

  /** The stage as release ids write it: {@code planning}, {@code tender}... */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The stage's Indonesian name, for messages. */
  public String nameId() {
    return nameId;
  }

  /**
   * The stage a release belongs to, from its first tag ({@code tenderAmendment} is {@link #TENDER},
   * {@code contractTermination} {@link #CONTRACT}); empty for a release without a known tag.
   */
  public static Optional<Stage> ofRelease(JsonNode release) {
    JsonNode tag = release.path("tag").path(0);
    if (!tag.isString()) {
      return Optional.empty();
    }
    String t = tag.asString();
    for (Stage s : values()) {
      if (t.startsWith(s.id())) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
