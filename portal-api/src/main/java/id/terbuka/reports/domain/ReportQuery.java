package id.terbuka.reports.domain;

import id.terbuka.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A report's parameters, checked: {@code as_of} (a day, default today in WIB), {@code tahun} (four
 * digits, default the year of {@code as_of}), {@code organization} (a CKAN name), {@code section}
 * and {@code format} ({@code json} or {@code csv}). Anything else is an {@link
 * InvalidInputException} naming the parameter (422 in the API, 400 on the page).
 */
public record ReportQuery(
    LocalDate asOf, int tahun, String organization, String section, boolean csv) {

  /** The timeliness report's sections, in the JSON's order. */
  public static final List<String> SECTIONS =
      List.of("datasets", "budget", "contracts", "dasawisma");

  private static final Pattern NAME = Pattern.compile("[a-z0-9_-]{1,100}");

  public static ReportQuery parse(
      String asOf,
      String tahun,
      String organization,
      String section,
      String format,
      LocalDate today) {
    LocalDate day = today;
    if (asOf != null && !asOf.isBlank()) {
      try {
        day = LocalDate.parse(asOf.strip());
      } catch (DateTimeParseException e) {
        throw InvalidInputException.of("as_of", "Must be a date YYYY-MM-DD");
      }
      if (day.getYear() < 1900 || day.getYear() > 9999) {
        throw InvalidInputException.of("as_of", "Must be a date between 1900 and 9999");
      }
    }
    int year = day.getYear();
    if (tahun != null && !tahun.isBlank()) {
      if (!tahun.strip().matches("\\d{4}")) {
        throw InvalidInputException.of("tahun", "Must be a four-digit year");
      }
      year = Integer.parseInt(tahun.strip());
    }
    String org = organization == null || organization.isBlank() ? null : organization.strip();
    if (org != null && !NAME.matcher(org).matches()) {
      throw InvalidInputException.of(
          "organization", "Must be an organisation's name (a-z, 0-9, - and _)");
    }
    String sec = section == null || section.isBlank() ? null : section.strip();
    if (sec != null && !SECTIONS.contains(sec)) {
      throw InvalidInputException.of("section", "Must be one of " + String.join(", ", SECTIONS));
    }
    String f = format == null || format.isBlank() ? "json" : format.strip();
    if (!f.equals("json") && !f.equals("csv")) {
      throw InvalidInputException.of("format", "Must be json or csv");
    }
    return new ReportQuery(day, year, org, sec, f.equals("csv"));
  }
}
