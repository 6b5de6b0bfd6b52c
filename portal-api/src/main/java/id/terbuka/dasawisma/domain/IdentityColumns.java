package id.terbuka.dasawisma.domain;

import id.terbuka.imports.domain.ColumnSpec;
import id.terbuka.imports.domain.HeaderMapping;
import id.terbuka.imports.domain.ImportProblem;
import id.terbuka.imports.domain.Problems;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The columns of a household file that carry identities: names, NIK and KK numbers, addresses,
 * birth dates and places, phone numbers, e-mail, coordinates, photos. Cadres keep these in the same
 * workbook as the counts (the PKK forms have them), so a file may well bring them; they are never
 * read or stored, and the report says which were dropped (issue 12, item 2).
 *
 * <p>Matched on the header's canonical form ({@link ColumnSpec#canonical}): any header starting
 * with {@code nama} or {@code alamat}; any naming a birth ({@code lahir}, {@code ttl}) or a family
 * card ({@code kartu_keluarga}, {@code kepala_keluarga}); any with a word such as {@code nik},
 * {@code kk}, {@code ktp}, {@code hp}, {@code telepon}, {@code email}, {@code gps}; and {@code
 * no}/{@code nomor} written together with one of those ({@code nokk}). A column of the format is
 * never one ({@code jumlah_kk} is a count).
 */
public final class IdentityColumns {
  private static final Set<String> WORDS =
      Set.of(
          "nik",
          "ktp",
          "kk",
          "nkk",
          "npwp",
          "bpjs",
          "paspor",
          "passport",
          "email",
          "mail",
          "telp",
          "telepon",
          "tlp",
          "hp",
          "wa",
          "whatsapp",
          "ttl",
          "gps",
          "koordinat",
          "latitude",
          "longitude",
          "lat",
          "lon",
          "lng",
          "foto",
          "photo",
          "jalan");
  private static final Pattern JOINED_NUMBER =
      Pattern.compile("(^|_)(no|nomor|nomer)_?(kk|ktp|nik|hp|telp|telepon|wa|rumah)(_|$)");
  private static final Pattern NAMED_PARTS =
      Pattern.compile("lahir|kartu_?keluarga|kepala_?keluarga");

  private IdentityColumns() {}

  /** Whether a header (as written or canonical) names a column that carries identities. */
  public static boolean carriesIdentity(String header) {
    String c = ColumnSpec.canonical(header);
    if (c.isEmpty() || HouseholdColumns.isColumn(c)) {
      return false;
    }
    if (c.startsWith("nama") || c.startsWith("alamat") || NAMED_PARTS.matcher(c).find()) {
      return true;
    }
    return JOINED_NUMBER.matcher(c).find() || Arrays.stream(c.split("_")).anyMatch(WORDS::contains);
  }

  /** {@link #screen(long, String[], Problems)} for a header on the first row. */
  public static String[] screen(String[] header, Problems problems) {
    return screen(HeaderMapping.HEADER_ROW, header, problems);
  }

  /**
   * The header with every identity column's cell blanked, so that {@link HeaderMapping} ignores the
   * column and no row ever carries its cells; each one dropped is reported as a warning {@code
   * identity_column_dropped} at the header row. The array given is not changed.
   */
  public static String[] screen(long headerRow, String[] header, Problems problems) {
    String[] screened = header.clone();
    for (int i = 0; i < screened.length; i++) {
      String asWritten = screened[i] == null ? "" : screened[i].strip();
      if (carriesIdentity(asWritten)) {
        problems.warning(
            ImportProblem.of(
                headerRow,
                asWritten,
                null,
                HouseholdProblem.IDENTITY_COLUMN_DROPPED.code(),
                asWritten));
        screened[i] = "";
      }
    }
    return screened;
  }
}
