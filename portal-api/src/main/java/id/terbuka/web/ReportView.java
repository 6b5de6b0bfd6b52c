package id.terbuka.web;

import java.util.List;

/**
 * The model of {@code /laporan}: each report's table as display text, with its API links.
 *
 * @param query the page's own parameters ({@code ?as_of=...&tahun=...}) for the API links
 */
public record ReportView(
    String asOf, int tahun, String query, List<Table> tables, List<String> definitions) {

  /**
   * One table of the page.
   *
   * @param id the HTML id (and the API's section name)
   * @param summary the section's counts in one sentence
   * @param json the API URL of the same figures as JSON
   * @param csv the same as CSV
   */
  public record Table(
      String id,
      String title,
      String summary,
      List<String> headers,
      List<List<String>> rows,
      String json,
      String csv) {}
}
