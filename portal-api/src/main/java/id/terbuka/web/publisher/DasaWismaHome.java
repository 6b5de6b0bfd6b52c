package id.terbuka.web.publisher;

import id.terbuka.dasawisma.domain.Household;
import id.terbuka.dasawisma.domain.PkkRole;
import id.terbuka.dasawisma.domain.Region;
import id.terbuka.dasawisma.domain.RoleGrants;
import id.terbuka.dasawisma.service.DasaWismaAccess;
import id.terbuka.dasawisma.service.HouseholdImports;
import id.terbuka.dasawisma.service.Households;
import id.terbuka.dasawisma.service.RegencyRegions;
import id.terbuka.dasawisma.service.RoleAssignments;
import id.terbuka.dasawisma.service.Snapshots;
import id.terbuka.imports.domain.ImportReport;
import id.terbuka.imports.service.ImportHistory;
import id.terbuka.web.i18n.Formats;
import id.terbuka.web.publisher.DasaWismaViews.CadreSection;
import id.terbuka.web.publisher.DasaWismaViews.HomeView;
import id.terbuka.web.publisher.DasaWismaViews.HouseholdRow;
import id.terbuka.web.publisher.DasaWismaViews.RoleRow;
import id.terbuka.web.publisher.DasaWismaViews.RolesSection;
import id.terbuka.web.publisher.DasaWismaViews.SnapshotRow;
import id.terbuka.web.publisher.DasaWismaViews.WalidataSection;
import id.terbuka.web.publisher.PublisherViews.Option;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;

/**
 * {@code /dashboard/dasawisma}: the reader's Dasa Wisma home, one section per part she has: a
 * cadre's desa with its households, the household form and the workbook upload, and her imports; a
 * TP PKK's recap form; the walidata's snapshot button with the year's snapshots and the target
 * upload; a role administrator's assignments. Someone with no part is told whom to ask. Each
 * section reads through the service that checks the same permission again.
 */
@ApplicationScoped
public class DasaWismaHome {
  /** At most this many assignments are listed; the region filter narrows the rest. */
  static final int ROLE_LIMIT = 100;

  /** The cadre's latest imports shown on the home; the import page has the full history. */
  static final int IMPORTS_SHOWN = 5;

  @Inject DasaWismaAccess access;
  @Inject Households households;
  @Inject ImportHistory history;
  @Inject Snapshots snapshots;
  @Inject RoleAssignments roles;
  @Inject RegencyRegions regions;

  Outcome home(Call c) {
    return render(c, null, null, 200);
  }

  /**
   * The home, with the role form as sent (and its problems) or a refused snapshot's reason.
   *
   * @param roleForm the role form to show again, or null for an empty one
   * @param snapshotProblem why publishing the snapshot was refused, or null
   */
  Outcome render(Call c, Form roleForm, String snapshotProblem, int status) {
    DasaWismaReader reader = DasaWismaReader.of(c.actor(), access);
    int current = DasaWismaParams.currentYear();
    int tahun = DasaWismaParams.year(c.param("tahun"), current);
    HomeView view =
        new HomeView(
            c.me(),
            tahun,
            DasaWismaParams.years(current),
            c.done(),
            reader.cadre() ? cadre(c, reader, tahun) : null,
            reader.tpPkk()
                ? DasaWismaRecapPage.recapForm(
                    regions.regions(), reader.recapAreas(), tahun, null, null, Form.empty())
                : null,
            reader.walidata() ? walidata(c, tahun, snapshotProblem) : null,
            reader.roleAdministrator() ? roles(c, roleForm) : null);
    return Outcome.page(status, "publisher/dasawisma.jte", view);
  }

  private CadreSection cadre(Call c, DasaWismaReader reader, int tahun) {
    List<String> mine = List.copyOf(reader.cadreDesa());
    String asked = c.param("desa");
    String desa = asked != null && mine.contains(asked) ? asked : mine.get(0);
    List<Household> all = households.list(c.actor(), tahun, desa);
    int page = DasaWismaParams.page(c.param("page"));
    int pages =
        Math.max(1, (all.size() + DasaWismaParams.PAGE_SIZE - 1) / DasaWismaParams.PAGE_SIZE);
    page = Math.min(page, pages);
    int from = (page - 1) * DasaWismaParams.PAGE_SIZE;
    List<HouseholdRow> rows =
        all.subList(from, Math.min(all.size(), from + DasaWismaParams.PAGE_SIZE)).stream()
            .map(DasaWismaHome::row)
            .toList();
    String base = DasaWismaParams.homeUrl(tahun, desa) + "&page=";
    List<ImportReport> imports =
        history.history(c.actor(), HouseholdImports.KIND, null, 1).reports().stream()
            .limit(IMPORTS_SHOWN)
            .toList();
    return new CadreSection(
        mine.stream().map(d -> new Option(d, regionName(d))).toList(),
        desa,
        regionName(desa),
        rows,
        all.size(),
        from,
        page > 1 ? base + (page - 1) : null,
        page < pages ? base + (page + 1) : null,
        imports,
        "/dashboard/dasawisma/rumah-tangga?tahun=" + tahun + "&desa=" + DasaWismaParams.enc(desa));
  }

  private static HouseholdRow row(Household h) {
    return new HouseholdRow(
        h.key().kelompokDasawisma(),
        h.key().idKeluarga(),
        h.dusun(),
        h.rw(),
        h.rt(),
        h.members().jumlahKk(),
        h.members().anggotaL(),
        h.members().anggotaP(),
        DasaWismaParams.formUrl(h.key()));
  }

  private WalidataSection walidata(Call c, int tahun, String problem) {
    Formats fmt = c.ctx().fmt();
    List<SnapshotRow> rows =
        snapshots.list(tahun).stream()
            .map(
                s ->
                    new SnapshotRow(
                        s.bulan().toString(), fmt.dateTime(s.asOf()), fmt.number(s.households())))
            .toList();
    return new WalidataSection(rows, problem);
  }

  private RolesSection roles(Call c, Form roleForm) {
    String wilayah = c.param("wilayah");
    List<RoleAssignments.Listed> all =
        roles.all(c.actor()).stream()
            .filter(a -> wilayah == null || RoleGrants.contains(wilayah, a.regionCode()))
            .toList();
    List<RoleRow> shown =
        all.stream()
            .limit(ROLE_LIMIT)
            .map(
                a ->
                    new RoleRow(a.userName(), a.role(), a.regionCode(), regionName(a.regionCode())))
            .toList();
    Form form = roleForm == null ? Form.empty().set("role", PkkRole.KADER.code()) : roleForm;
    form.labels(DasaWismaAdminForms.ROLE_LABELS);
    return new RolesSection(
        shown, all.size(), ROLE_LIMIT, wilayah == null ? "" : wilayah, form, roleOptions());
  }

  /** The roles, with the message keys of their names. */
  static List<Option> roleOptions() {
    return Arrays.stream(PkkRole.values())
        .map(r -> new Option(r.code(), "dw.role." + r.code()))
        .toList();
  }

  private String regionName(String code) {
    return regions.regions().find(code).map(Region::name).orElse(code);
  }
}
