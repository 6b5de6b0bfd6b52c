package id.terbuka.web;

/**
 * What a request below the front controller asks for.
 *
 * @param page which page (or the file download that shares {@code /dataset/*})
 * @param name the dataset name or id of {@link Page#DATASET}, {@link Page#RESOURCE} and {@link
 *     Page#SATISFACTION}, the unit's or topic's name of {@link Page#ORGANIZATION} and {@link
 *     Page#GROUP}, the year (four digits) of {@link Page#BUDGET_YEAR}, {@link Page#BUDGET_UNIT} and
 *     the {@code DASAWISMA_*} pages, otherwise null
 * @param resourceId the resource id of {@link Page#RESOURCE}, the unit code of {@link
 *     Page#BUDGET_UNIT}, the region code of {@link Page#DASAWISMA_KECAMATAN} and {@link
 *     Page#DASAWISMA_DESA}, otherwise null
 */
public record Route(Page page, String name, String resourceId) {
  public enum Page {
    HOME,
    SEARCH,
    DATASET,
    /** {@code /dataset/{name}.{ext}}: the dataset in DCAT; the extension is the resource id. */
    DATASET_RDF,
    DOWNLOAD,
    /** {@code /dataset/activity/{name}}: the dataset's history, newest first (issue 13). */
    DATASET_HISTORY,
    /** {@code /dataset/changes/{activity id}}: one change with its diff; the id is the name. */
    DATASET_CHANGE,
    RESOURCE,
    ORGANIZATIONS,
    ORGANIZATION,
    GROUPS,
    GROUP,
    /** POST of the dataset page's satisfaction form: {@code /dataset/{name}/satisfaction}. */
    SATISFACTION,
    /** {@code /anggaran}: on to the newest year. */
    BUDGET,
    /** {@code /anggaran/{tahun}}. */
    BUDGET_YEAR,
    /** {@code /anggaran/{tahun}/unit/{kode}}. */
    BUDGET_UNIT,
    /** {@code /kontrak}: the contracts explorer. */
    CONTRACTS,
    /** {@code /kontrak/{ocid}}: one contracting process. */
    CONTRACT,
    /** {@code /dasawisma}: on to the newest year with a published snapshot. */
    DASAWISMA,
    /** {@code /dasawisma/{tahun}}: the regency's published indicators and coverage. */
    DASAWISMA_YEAR,
    /** {@code /dasawisma/{tahun}/kecamatan/{kode}}. */
    DASAWISMA_KECAMATAN,
    /** {@code /dasawisma/{tahun}/desa/{kode}}. */
    DASAWISMA_DESA,
    /** {@code /laporan}: the timeliness and completeness reports. */
    REPORTS,
    /** {@code /developer}: the API explained to people (issue 13). */
    DEVELOPER,
    NOT_FOUND
  }

  public Route(Page page, String name) {
    this(page, name, null);
  }

  static Route of(Page page) {
    return new Route(page, null);
  }
}
