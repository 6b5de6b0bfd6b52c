package id.terbuka.web.publisher;

import id.terbuka.imports.domain.ImportReport;
import id.terbuka.web.publisher.PublisherViews.Me;
import id.terbuka.web.publisher.PublisherViews.Option;
import java.util.List;

/** The models of the signed-in Dasa Wisma templates (src/main/jte/publisher/dasawisma*.jte). */
public final class DasaWismaViews {
  private DasaWismaViews() {}

  /**
   * {@code /dashboard/dasawisma}: the reader's part in Dasa Wisma, one section per role she holds;
   * a section is null when she does not hold its role.
   *
   * @param years the years she may choose, newest first
   * @param done a key of what just succeeded ({@code dw.done.*}), or null
   */
  public record HomeView(
      Me me,
      int tahun,
      List<Integer> years,
      String done,
      CadreSection cadre,
      RecapForm recap,
      WalidataSection walidata,
      RolesSection roles) {
    /** Whether she holds no Dasa Wisma role at all (the page then says whom to ask). */
    public boolean none() {
      return cadre == null && recap == null && walidata == null && roles == null;
    }
  }

  /**
   * A cadre's desa in one year: its households (a page of them) and her import history.
   *
   * @param desaOptions the desa she enters (code, name); more than one only for a few cadres
   * @param total the number of households of the desa in the year
   * @param previous the URL of the previous page of households, or null
   * @param next the URL of the next page, or null
   * @param imports her latest household imports, newest first
   */
  public record CadreSection(
      List<Option> desaOptions,
      String desa,
      String desaName,
      List<HouseholdRow> households,
      int total,
      int from,
      String previous,
      String next,
      List<ImportReport> imports,
      String newUrl) {}

  /**
   * One household in the cadre's list: where it is, a few counts, and the link to its form (which
   * also removes it). The URL carries the key only.
   */
  public record HouseholdRow(
      String kelompok,
      String idKeluarga,
      String dusun,
      int rw,
      int rt,
      int jumlahKk,
      int anggotaL,
      int anggotaP,
      String editUrl) {}

  /**
   * The recap form: a level and an area among the reader's.
   *
   * @param levels the recap levels (code, message key)
   * @param areas her TP PKK regions and the regions right below them (code, name)
   */
  public record RecapForm(
      int tahun,
      List<Integer> years,
      List<Option> levels,
      List<Option> areas,
      String level,
      String kode,
      Form form) {}

  /**
   * {@code /dashboard/dasawisma/rekap}: the form and, once asked, the recap.
   *
   * @param result the recap, or null before one is asked or when the request was refused
   */
  public record RecapPageView(Me me, RecapForm form, RecapTable result) {}

  /**
   * A recap as a table: the group columns, then every indicator.
   *
   * @param areaName the area's name
   * @param levelKey the message key of the level
   * @param headers the column headings, in the reader's language
   * @param groupColumns how many of the first columns name the group (row headers)
   * @param rows each row's cells, already formatted
   */
  public record RecapTable(
      int tahun,
      String areaName,
      String areaCode,
      String levelKey,
      List<String> headers,
      int groupColumns,
      List<List<String>> rows) {}

  /**
   * The walidata's part: the year's snapshots and the button that publishes this month's.
   *
   * @param snapshots the year's snapshots, newest first
   * @param problem why the last publication was refused (in the reader's language), or null
   */
  public record WalidataSection(List<SnapshotRow> snapshots, String problem) {}

  /** A published snapshot: its month, the moment it counts, the households counted. */
  public record SnapshotRow(String bulan, String asOf, String households) {}

  /**
   * The role administrators' part: the assignments (filtered by region), and the forms.
   *
   * @param shown the assignments listed (at most {@code limit})
   * @param total how many assignments match the filter
   * @param wilayah the region filter as typed, or empty
   * @param roleOptions the roles (code, message key)
   */
  public record RolesSection(
      List<RoleRow> shown,
      int total,
      int limit,
      String wilayah,
      Form form,
      List<Option> roleOptions) {}

  /** One assignment. */
  public record RoleRow(String user, String role, String regionCode, String regionName) {}

  /**
   * {@code /dashboard/dasawisma/rumah-tangga}: the household form, new or edit.
   *
   * @param edit whether a stored household is shown (its key cannot be changed here)
   * @param desaOptions the desa the cadre enters (code, name)
   * @param backUrl the cadre's home for this year and desa
   */
  public record HouseholdFormView(
      Me me,
      boolean edit,
      Form form,
      List<HouseholdFormLayout.Group> groups,
      List<Option> desaOptions,
      String backUrl) {}
}
