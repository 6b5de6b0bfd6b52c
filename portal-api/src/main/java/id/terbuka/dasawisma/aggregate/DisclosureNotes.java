package id.terbuka.dasawisma.aggregate;

import id.terbuka.dasawisma.disclosure.Sensitivity;
import id.terbuka.dasawisma.disclosure.SuppressionTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The published disclosure rule in words, for the notes of every Dasa Wisma dataset (issue 12, item
 * 5): public levels, general and sensitive indicators, primary and secondary suppression, small
 * desa, how a withheld cell looks, monthly snapshots without differencing. The thresholds are
 * filled in from the rule disclosure control applies, so the notes cannot drift from it.
 */
public final class DisclosureNotes {

  private DisclosureNotes() {}

  /** The notes in {@code language} ({@code id} or {@code en}; another reads as Indonesian). */
  public static String text(String language) {
    List<String> paragraphs = new ArrayList<>();
    for (int n = 1; AggregateTexts.has("notes." + n, language); n++) {
      paragraphs.add(
          AggregateTexts.text("notes." + n, language)
              .replace("{k_general}", String.valueOf(Sensitivity.GENERAL.threshold()))
              .replace("{k_sensitive}", String.valueOf(Sensitivity.SENSITIVE.threshold()))
              .replace("{small_unit}", String.valueOf(SuppressionTable.SMALL_UNIT_HOUSEHOLDS)));
    }
    return String.join("\n\n", paragraphs);
  }
}
