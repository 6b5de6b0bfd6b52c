package id.terbuka.web.publisher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.dasawisma.domain.HouseholdColumns;
import id.terbuka.web.i18n.Language;
import id.terbuka.web.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The household form places every column of the import format exactly once, with its texts. */
class HouseholdFormLayoutTest {
  private static List<HouseholdFormLayout.Field> fields() {
    List<HouseholdFormLayout.Field> all = new ArrayList<>();
    HouseholdFormLayout.groups().forEach(g -> all.addAll(g.fields()));
    return all;
  }

  @Test
  void everyColumnHasOnePlaceInTheForm() {
    List<String> placed = fields().stream().map(HouseholdFormLayout.Field::name).toList();
    assertEquals(HouseholdColumns.names().size(), placed.size(), placed.toString());
    assertEquals(
        new java.util.TreeSet<>(HouseholdColumns.names()), new java.util.TreeSet<>(placed));
  }

  @Test
  void closedVocabulariesAreChoicesAndCountsAreNumbers() {
    for (HouseholdFormLayout.Field f : fields()) {
      if (HouseholdColumns.vocabularies().containsKey(f.name())) {
        assertTrue(f.choice(), f.name());
        assertEquals(HouseholdColumns.vocabularies().get(f.name()), f.choices());
      }
      if (HouseholdColumns.COUNTS.contains(f.name())) {
        assertTrue(f.number(), f.name());
      }
    }
    assertFalse(
        fields().stream()
            .filter(f -> f.name().equals("dusun"))
            .findFirst()
            .orElseThrow()
            .required(),
        "a kelurahan has no dusun");
  }

  @Test
  void everyLabelLegendAndChoiceIsWordedInBothLanguages() {
    for (Language l : Language.values()) {
      Messages m = Messages.of(l);
      for (HouseholdFormLayout.Group g : HouseholdFormLayout.groups()) {
        assertTrue(m.has(g.legendKey()), l + " " + g.legendKey());
        for (HouseholdFormLayout.Field f : g.fields()) {
          assertTrue(m.has(f.labelKey()), l + " " + f.labelKey());
          f.choices().forEach(v -> assertTrue(m.has("dw.val." + v), l + " dw.val." + v));
        }
      }
      HouseholdFormLayout.labelKeys().values().forEach(k -> assertTrue(m.has(k), l + " " + k));
    }
  }
}
