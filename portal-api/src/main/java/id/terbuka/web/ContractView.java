package id.terbuka.web;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code /kontrak/{ocid}}: one contracting process from plan to payment. Everything shown is in the
 * process's compiled release or its releases; nothing (no identifier, no date) is made up.
 *
 * @param methodDetails {@code procurementMethodDetails} as published, empty when none
 * @param figures the headline amounts: pagu, HPS, award, contract, paid (those the process has)
 * @param stages plan, tender, award, contract, implementation, in that order
 */
public record ContractView(
    String ocid,
    String title,
    String description,
    String buyer,
    String method,
    String methodDetails,
    String category,
    String status,
    int year,
    List<Entry> figures,
    List<Stage> stages,
    List<Party> parties,
    List<Document> documents,
    List<Flag> flags,
    List<Release> releases,
    Downloads downloads) {

  /**
   * One line of a stage or of the figures: a label and either an amount or a text.
   *
   * @param amount rupiah, or null when {@code text} says it
   */
  public record Entry(String label, String text, BigDecimal amount) {
    static Entry text(String label, String text) {
      return new Entry(label, text, null);
    }

    static Entry amount(String label, BigDecimal amount) {
      return new Entry(label, "", amount);
    }
  }

  /**
   * One stage of the timeline.
   *
   * @param key {@code planning}, {@code tender}, {@code award}, {@code contract}, {@code
   *     implementation} (element id and message key)
   * @param reached whether the process has data for this stage
   * @param changes amendments and payments: dated lines in order
   */
  public record Stage(String key, boolean reached, List<Entry> entries, List<Change> changes) {}

  /** A dated change within a stage (an amendment, a payment). */
  public record Change(String date, String text, BigDecimal amount) {}

  /**
   * A party as published.
   *
   * @param identifier scheme and id when the data has them, else null
   */
  public record Party(String name, String roles, String identifier) {}

  /** A document; {@code href} null when its URL is missing or not a web link. */
  public record Document(String title, String href, String type, String date) {}

  /** A red flag with its plain explanation in the reader's language. */
  public record Flag(String id, String label, String explanation) {}

  /** A release of the process: its date, tags and id. */
  public record Release(String date, String tags, String id) {}

  /** The process as OCDS: release package, record package, record with its versioned release. */
  public record Downloads(String releasePackage, String recordPackage, String versionedRecord) {}

  public String path() {
    return "/kontrak/" + ocid;
  }
}
