package id.terbuka.web.publisher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.terbuka.catalog.service.DatasetService;
import id.terbuka.web.PageContext;
import id.terbuka.web.i18n.Language;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The services' messages retold in the reader's language, with the limits the message states. */
class FieldMessagesTest {
  private static final PageContext EN =
      new PageContext(Language.EN, "", "https://data.example.id", "/", Map.of(), null);

  @Test
  void limitsComeFromTheMessageNotFromACopy() {
    assertEquals(
        "At least 2 characters.",
        FieldMessages.translate(EN, "Must be at least 2 characters long"));
    assertEquals(
        "At least 3 characters.",
        FieldMessages.translate(EN, "Must be at least 3 characters long"));
    assertEquals(
        "Tag “x” is too short (at least 2 characters).",
        FieldMessages.translate(EN, "Tag \"x\" length is less than minimum 2"));
    assertEquals(
        "Tag “abc” is too long (at most 100 characters).",
        FieldMessages.translate(EN, "Tag \"abc\" length is more than maximum 100"));
  }

  @Test
  void theFrequencyMessageIsKnownByTheRulesList() {
    String message = "Must be one of: " + String.join(", ", DatasetService.frequencies());
    assertEquals("Choose one of the frequencies offered.", FieldMessages.translate(EN, message));
  }

  @Test
  void accountMessagesAreRetold() {
    assertEquals(
        "This username is already taken.",
        FieldMessages.translate(EN, "That login name is not available."));
    assertEquals(
        "At least 8 characters.",
        FieldMessages.translate(EN, "Your password must be 8 characters or longer"));
    assertEquals(
        "You cannot disable your own account.",
        FieldMessages.translate(EN, "You cannot disable your own account"));
  }

  @Test
  void anUnknownMessageIsShownAsWritten() {
    assertEquals("Something new", FieldMessages.translate(EN, "Something new"));
  }
}
