package id.terbuka.web.publisher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.dasawisma.domain.HouseholdKey;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Dasa Wisma pages' URL state: malformed values read as absent, keys only in URLs. */
class DasaWismaParamsTest {
  @Test
  void aYearOutsideTheAcceptedRangeOrMalformedIsThisYear() {
    assertEquals(2024, DasaWismaParams.year("2024", 2026));
    assertEquals(2026, DasaWismaParams.year("2027", 2026));
    assertEquals(2026, DasaWismaParams.year("2013", 2026));
    assertEquals(2026, DasaWismaParams.year("20x4", 2026));
    assertEquals(2026, DasaWismaParams.year(null, 2026));
    assertEquals(2026, DasaWismaParams.years(2026).get(0));
    assertEquals(2014, DasaWismaParams.years(2026).get(12));
  }

  @Test
  void aKeyNeedsAllFourFieldsWithinTheirLengths() {
    assertEquals(
        Optional.of(new HouseholdKey(2025, "35.22.01.2001", "Melati 3", "017")),
        DasaWismaParams.key("2025", " 35.22.01.2001", "Melati 3 ", "017"));
    assertTrue(DasaWismaParams.key("2025", "35.22.01.2001", "Melati 3", null).isEmpty());
    assertTrue(DasaWismaParams.key("25", "35.22.01.2001", "Melati 3", "017").isEmpty());
    assertTrue(DasaWismaParams.key("2025", "35.22.01.2001", "x".repeat(61), "017").isEmpty());
    assertTrue(DasaWismaParams.key("2025", "35.22.01.2001", "Melati", "1".repeat(21)).isEmpty());
  }

  @Test
  void theFormUrlCarriesTheKeyEncodedAndNothingElse() {
    assertEquals(
        "/dashboard/dasawisma/rumah-tangga?tahun=2025&kode_desa=35.22.01.2001"
            + "&kelompok_dasawisma=Melati+3%26x&id_keluarga=017",
        DasaWismaParams.formUrl(new HouseholdKey(2025, "35.22.01.2001", "Melati 3&x", "017")));
  }
}
