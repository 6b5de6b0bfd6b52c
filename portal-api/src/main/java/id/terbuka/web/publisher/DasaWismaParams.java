package id.terbuka.web.publisher;

import id.terbuka.dasawisma.domain.HouseholdColumns;
import id.terbuka.dasawisma.domain.HouseholdKey;
import id.terbuka.dasawisma.domain.HouseholdRowParser;
import id.terbuka.dasawisma.service.DasaWismaSettings;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The URL state of the Dasa Wisma pages: the year ({@code tahun}), the page of a list, and a
 * household's key, the only household data a URL ever carries. Anything malformed reads as absent,
 * so a stranger's URL gives a default page or a "not found", never an error of ours. Pure.
 */
final class DasaWismaParams {
  static final int PAGE_SIZE = 50;

  private DasaWismaParams() {}

  /** This year in WIB, the default of every year choice. */
  static int currentYear() {
    return Year.now(DasaWismaSettings.ZONE).getValue();
  }

  /** The years a cadre may enter, newest first. */
  static List<Integer> years(int current) {
    List<Integer> years = new ArrayList<>();
    for (int y = current; y >= HouseholdRowParser.FIRST_YEAR; y--) {
      years.add(y);
    }
    return years;
  }

  /** The year asked for when it is one of {@link #years}, else this year. */
  static int year(String text, int current) {
    return parseYear(text)
        .filter(y -> y >= HouseholdRowParser.FIRST_YEAR && y <= current)
        .orElse(current);
  }

  /** Four digits as a year; empty for anything else. */
  static Optional<Integer> parseYear(String text) {
    if (text == null || !text.strip().matches("\\d{4}")) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(text.strip()));
  }

  /** A list's page number from 1; anything else is the first page. */
  static int page(String text) {
    return ImportPages.page(text);
  }

  /**
   * The household key of a request's fields ({@code tahun}, {@code kode_desa}, {@code
   * kelompok_dasawisma}, {@code id_keluarga}); empty when any is missing or malformed. The text
   * fields are taken as stored: the store finds nothing for a key that was never saved.
   */
  static Optional<HouseholdKey> key(
      String tahun, String kodeDesa, String kelompok, String idKeluarga) {
    Optional<Integer> year = parseYear(tahun);
    if (year.isEmpty() || blank(kodeDesa) || blank(kelompok) || blank(idKeluarga)) {
      return Optional.empty();
    }
    if (kodeDesa.length() > 20
        || kelompok.length() > HouseholdRowParser.MAX_KELOMPOK
        || idKeluarga.length() > HouseholdRowParser.MAX_ID_KELUARGA) {
      return Optional.empty();
    }
    return Optional.of(
        new HouseholdKey(year.get(), kodeDesa.strip(), kelompok.strip(), idKeluarga.strip()));
  }

  /** The household form's URL for one household: its key, nothing else. */
  static String formUrl(HouseholdKey key) {
    return "/dashboard/dasawisma/rumah-tangga?"
        + HouseholdColumns.TAHUN
        + "="
        + key.tahun()
        + "&"
        + HouseholdColumns.KODE_DESA
        + "="
        + enc(key.kodeDesa())
        + "&"
        + HouseholdColumns.KELOMPOK_DASAWISMA
        + "="
        + enc(key.kelompokDasawisma())
        + "&"
        + HouseholdColumns.ID_KELUARGA
        + "="
        + enc(key.idKeluarga());
  }

  /** The cadre's home for a year and desa. */
  static String homeUrl(int tahun, String desa) {
    return "/dashboard/dasawisma?tahun=" + tahun + (desa == null ? "" : "&desa=" + enc(desa));
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
