package id.terbuka.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageChoiceTest {
  @Test
  void indonesianByDefault() {
    assertEquals(new LanguageChoice(Language.ID, Optional.empty()), LanguageChoice.of(null, null));
  }

  @Test
  void theParameterWinsAndIsRememberedWhenItChangesTheCookie() {
    assertEquals(
        new LanguageChoice(Language.EN, Optional.of(Language.EN)), LanguageChoice.of("en", null));
    assertEquals(
        new LanguageChoice(Language.ID, Optional.of(Language.ID)), LanguageChoice.of("id", "en"));
    assertEquals(
        new LanguageChoice(Language.EN, Optional.empty()), LanguageChoice.of(" EN ", "en"));
  }

  @Test
  void theCookieDecidesWithoutAParameter() {
    assertEquals(new LanguageChoice(Language.EN, Optional.empty()), LanguageChoice.of(null, "en"));
  }

  @Test
  void unknownValuesAreIgnored() {
    assertEquals(new LanguageChoice(Language.EN, Optional.empty()), LanguageChoice.of("fr", "en"));
    assertEquals(
        new LanguageChoice(Language.ID, Optional.empty()), LanguageChoice.of("<x>", "jawa"));
  }
}
