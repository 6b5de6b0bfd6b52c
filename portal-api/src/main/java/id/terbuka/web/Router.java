package id.terbuka.web;

import java.util.regex.Pattern;

/**
 * Maps a path (servlet path plus path info, decoded, relative to the context root) to a {@link
 * Route}. Pure, so that the URL scheme is unit-tested: CKAN's download URLs under {@code /dataset}
 * must keep reaching the downloads while {@code /dataset} and {@code /dataset/{name}} are pages.
 */
public final class Router {
  /** CKAN's dataset names: lowercase letters, digits, - and _; ids are UUIDs, which fit too. */
  private static final Pattern DATASET = Pattern.compile("^/dataset/([a-zA-Z0-9_-]{1,100})/?$");

  /** {@code /dataset/{name or id}/resource/{id}}: a resource's page (CKAN's URL for it too). */
  private static final Pattern RESOURCE =
      Pattern.compile("^/dataset/([a-zA-Z0-9_-]{1,100})/resource/([a-zA-Z0-9_-]{1,100})/?$");

  /** {@code /dataset/{name or id}.ttl|.rdf|.xml|.jsonld}: the dataset in DCAT (issue 13). */
  private static final Pattern DATASET_RDF =
      Pattern.compile("^/dataset/([a-zA-Z0-9_-]{1,100})\\.(ttl|rdf|xml|jsonld)$");

  /** {@code /dataset/activity/{name or id}}: a dataset's history (CKAN's URL for it). */
  private static final Pattern HISTORY =
      Pattern.compile("^/dataset/activity/([a-zA-Z0-9_-]{1,100})/?$");

  /** {@code /dataset/changes/{activity id}}: what one change did (CKAN's URL for it). */
  private static final Pattern CHANGE =
      Pattern.compile("^/dataset/changes/([a-zA-Z0-9-]{1,100})/?$");

  /** Units and topics: CKAN's group names (the same characters as dataset names). */
  private static final Pattern ORGANIZATION =
      Pattern.compile("^/organization/([a-zA-Z0-9_-]{1,100})/?$");

  private static final Pattern GROUP = Pattern.compile("^/group/([a-zA-Z0-9_-]{1,100})/?$");

  /** The satisfaction form's target (POST only; {@code PortalServlet} checks the method). */
  private static final Pattern SATISFACTION =
      Pattern.compile("^/dataset/([a-zA-Z0-9_-]{1,100})/satisfaction$");

  /** Budget pages: a four-digit year, a unit code of digits and dots (kode SKPD). */
  private static final Pattern BUDGET_YEAR = Pattern.compile("^/anggaran/(\\d{4})/?$");

  private static final Pattern BUDGET_UNIT =
      Pattern.compile("^/anggaran/(\\d{4})/unit/([0-9][0-9.]{0,39})/?$");

  /** A contracting process: an OCDS ocid ({@code ocds-xxxxxx-} and the process's own id). */
  private static final Pattern CONTRACT =
      Pattern.compile("^/kontrak/(ocds-[a-z0-9]{6}-[A-Za-z0-9._-]{1,120})/?$");

  /** Dasa Wisma pages: a four-digit year, Kemendagri codes of a kecamatan and of a desa. */
  private static final Pattern DASAWISMA_YEAR = Pattern.compile("^/dasawisma/(\\d{4})/?$");

  private static final Pattern DASAWISMA_KECAMATAN =
      Pattern.compile("^/dasawisma/(\\d{4})/kecamatan/(\\d{2}\\.\\d{2}\\.\\d{2})/?$");

  private static final Pattern DASAWISMA_DESA =
      Pattern.compile("^/dasawisma/(\\d{4})/desa/(\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4})/?$");

  private Router() {}

  public static Route route(String servletPath, String pathInfo) {
    String path = (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
    if (path.isEmpty() || path.equals("/")) {
      return Route.of(Route.Page.HOME);
    }
    if (path.equals("/dataset") || path.equals("/dataset/")) {
      return Route.of(Route.Page.SEARCH);
    }
    if (path.equals("/developer") || path.equals("/developer/")) {
      return Route.of(Route.Page.DEVELOPER);
    }
    if ("/dataset".equals(servletPath) && ResourceDownloads.isDownload(pathInfo)) {
      return Route.of(Route.Page.DOWNLOAD);
    }
    Route datasetPart = datasetPart(path);
    if (datasetPart != null) {
      return datasetPart;
    }
    var resource = RESOURCE.matcher(path);
    if (resource.matches()) {
      return new Route(Route.Page.RESOURCE, resource.group(1), resource.group(2));
    }
    var rdf = DATASET_RDF.matcher(path);
    if (rdf.matches()) {
      return new Route(Route.Page.DATASET_RDF, rdf.group(1), rdf.group(2));
    }
    var m = DATASET.matcher(path);
    if (m.matches()) {
      return new Route(Route.Page.DATASET, m.group(1));
    }
    Route browse = browse(path);
    if (browse != null) {
      return browse;
    }
    if (path.equals("/laporan") || path.equals("/laporan/")) {
      return Route.of(Route.Page.REPORTS);
    }
    if (path.equals("/kontrak") || path.equals("/kontrak/")) {
      return Route.of(Route.Page.CONTRACTS);
    }
    var contract = CONTRACT.matcher(path);
    if (contract.matches()) {
      return new Route(Route.Page.CONTRACT, contract.group(1));
    }
    Route dasaWisma = dasaWisma(path);
    return dasaWisma != null ? dasaWisma : budget(path);
  }

  /** A dataset's history, one change or the satisfaction form's target; null for other paths. */
  private static Route datasetPart(String path) {
    var feedback = SATISFACTION.matcher(path);
    if (feedback.matches()) {
      return new Route(Route.Page.SATISFACTION, feedback.group(1));
    }
    var history = HISTORY.matcher(path);
    if (history.matches()) {
      return new Route(Route.Page.DATASET_HISTORY, history.group(1));
    }
    var change = CHANGE.matcher(path);
    return change.matches() ? new Route(Route.Page.DATASET_CHANGE, change.group(1)) : null;
  }

  /** The Dasa Wisma pages; null for any other path (a malformed year or code is NOT_FOUND). */
  private static Route dasaWisma(String path) {
    if (!path.equals("/dasawisma") && !path.startsWith("/dasawisma/")) {
      return null;
    }
    if (path.equals("/dasawisma") || path.equals("/dasawisma/")) {
      return Route.of(Route.Page.DASAWISMA);
    }
    var year = DASAWISMA_YEAR.matcher(path);
    if (year.matches()) {
      return new Route(Route.Page.DASAWISMA_YEAR, year.group(1));
    }
    var kecamatan = DASAWISMA_KECAMATAN.matcher(path);
    if (kecamatan.matches()) {
      return new Route(Route.Page.DASAWISMA_KECAMATAN, kecamatan.group(1), kecamatan.group(2));
    }
    var desa = DASAWISMA_DESA.matcher(path);
    if (desa.matches()) {
      return new Route(Route.Page.DASAWISMA_DESA, desa.group(1), desa.group(2));
    }
    return Route.of(Route.Page.NOT_FOUND);
  }

  /** The budget pages; NOT_FOUND for any other path, a malformed year or unit code included. */
  private static Route budget(String path) {
    if (path.equals("/anggaran") || path.equals("/anggaran/")) {
      return Route.of(Route.Page.BUDGET);
    }
    var year = BUDGET_YEAR.matcher(path);
    if (year.matches()) {
      return new Route(Route.Page.BUDGET_YEAR, year.group(1));
    }
    var unit = BUDGET_UNIT.matcher(path);
    if (unit.matches()) {
      return new Route(Route.Page.BUDGET_UNIT, unit.group(1), unit.group(2));
    }
    return Route.of(Route.Page.NOT_FOUND);
  }

  /** The unit and topic lists and pages; null for any other path. */
  private static Route browse(String path) {
    if (path.equals("/organization") || path.equals("/organization/")) {
      return Route.of(Route.Page.ORGANIZATIONS);
    }
    if (path.equals("/group") || path.equals("/group/")) {
      return Route.of(Route.Page.GROUPS);
    }
    var org = ORGANIZATION.matcher(path);
    if (org.matches()) {
      return new Route(Route.Page.ORGANIZATION, org.group(1));
    }
    var group = GROUP.matcher(path);
    if (group.matches()) {
      return new Route(Route.Page.GROUP, group.group(1));
    }
    return null;
  }
}
