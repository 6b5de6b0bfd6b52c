package id.terbuka.web.publisher;

import id.terbuka.dasawisma.domain.Household;
import id.terbuka.dasawisma.domain.HouseholdColumns;
import id.terbuka.dasawisma.domain.HouseholdContent;
import id.terbuka.dasawisma.domain.HouseholdKey;
import id.terbuka.dasawisma.domain.Region;
import id.terbuka.dasawisma.service.DasaWismaAccess;
import id.terbuka.dasawisma.service.HouseholdImports;
import id.terbuka.dasawisma.service.Households;
import id.terbuka.dasawisma.service.RegencyRegions;
import id.terbuka.imports.domain.ImportProblem;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.ObjectNotFoundException;
import id.terbuka.web.publisher.DasaWismaViews.HouseholdFormView;
import id.terbuka.web.publisher.PublisherViews.Option;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /dashboard/dasawisma/rumah-tangga}: a cadre enters one household or corrects one (GET
 * shows the form, empty or with the household's current values; POST saves through {@link
 * Households#save}, which checks the row exactly as a workbook row and saves nothing when a problem
 * is found), and {@code .../rumah-tangga/hapus} removes one with her reason. Each problem is shown
 * next to its field in the reader's language ({@link HouseholdImports#messages}). A household is
 * named in a URL by its key only.
 */
@ApplicationScoped
public class HouseholdForms {
  /** The field that says the form is a correction of a stored household. */
  static final String MODE = "mode";

  @Inject Households households;
  @Inject HouseholdImports imports;
  @Inject DasaWismaAccess access;
  @Inject RegencyRegions regions;

  Outcome form(Call c) {
    DasaWismaReader reader = DasaWismaReader.of(c.actor(), access);
    if (!reader.cadre()) {
      return Outcome.denied(c.me(), "dw.denied.cadre");
    }
    if (c.post()) {
      return save(c, reader);
    }
    if (c.param(HouseholdColumns.ID_KELUARGA) != null
        || c.param(HouseholdColumns.KELOMPOK_DASAWISMA) != null) {
      HouseholdKey key = keyOf(c);
      return edit(c, reader, key, Form.empty(), 200);
    }
    List<String> mine = List.copyOf(reader.cadreDesa());
    String asked = c.param("desa");
    String desa = asked != null && mine.contains(asked) ? asked : mine.get(0);
    int tahun = DasaWismaParams.year(c.param("tahun"), DasaWismaParams.currentYear());
    Form form =
        Form.empty()
            .set(HouseholdColumns.TAHUN, Integer.toString(tahun))
            .set(HouseholdColumns.KODE_DESA, desa);
    return page(c, reader, false, form, 200);
  }

  Outcome remove(Call c) {
    DasaWismaReader reader = DasaWismaReader.of(c.actor(), access);
    if (!reader.cadre()) {
      return Outcome.denied(c.me(), "dw.denied.cadre");
    }
    if (!c.post()) {
      return Outcome.redirect("/dashboard/dasawisma");
    }
    HouseholdKey key = keyOf(c);
    try {
      households.remove(c.actor(), key, c.raw("reason"));
    } catch (AccessDeniedException e) {
      return Outcome.denied(c.me(), "dw.denied.cadre");
    } catch (InvalidInputException e) {
      String problem =
          c.raw("reason") == null
              ? c.ctx().t("dw.remove.reason.missing")
              : c.ctx().t("dw.remove.reason.long", Households.MAX_REASON);
      Form form = Form.empty().set("reason", c.raw("reason")).error("reason", problem);
      return edit(c, reader, key, form, 422);
    }
    return Outcome.redirect(
        DasaWismaParams.homeUrl(key.tahun(), key.kodeDesa()) + "&done=household-removed");
  }

  /** The form with the stored household's values; {@code form} may already hold the removal's. */
  private Outcome edit(Call c, DasaWismaReader reader, HouseholdKey key, Form form, int status) {
    Household h;
    try {
      h = households.find(c.actor(), key);
    } catch (AccessDeniedException e) {
      return Outcome.denied(c.me(), "dw.denied.cadre");
    }
    HouseholdContent.cells(h).forEach(form::set);
    return page(c, reader, true, form, status);
  }

  private Outcome save(Call c, DasaWismaReader reader) {
    boolean edit = "edit".equals(c.param(MODE));
    Map<String, String> cells = new LinkedHashMap<>();
    Form form = Form.empty();
    for (String column : HouseholdColumns.names()) {
      String value = c.req().getParameter(column);
      cells.put(column, value == null ? "" : value);
      form.set(column, value);
    }
    Households.Saved saved;
    try {
      saved = households.save(c.actor(), cells);
    } catch (AccessDeniedException e) {
      // Only a crafted form names a desa the cadre does not enter: said at the desa field.
      form.error(HouseholdColumns.KODE_DESA, c.ctx().t("dw.form.desa.notyours"));
      return page(c, reader, edit, form, 422);
    }
    if (!saved.accepted()) {
      for (ImportProblem p : saved.problems()) {
        String field = p.column() == null ? HouseholdColumns.ID_KELUARGA : p.column();
        form.error(field, imports.messages().message(p, c.ctx().lang()));
      }
      return page(c, reader, edit, form, 422);
    }
    HouseholdKey key = saved.household().orElseThrow().key();
    return Outcome.redirect(
        DasaWismaParams.homeUrl(key.tahun(), key.kodeDesa())
            + "&done=household-"
            + saved.outcome().code());
  }

  private static HouseholdKey keyOf(Call c) {
    return DasaWismaParams.key(
            c.param(HouseholdColumns.TAHUN),
            c.param(HouseholdColumns.KODE_DESA),
            c.param(HouseholdColumns.KELOMPOK_DASAWISMA),
            c.param(HouseholdColumns.ID_KELUARGA))
        .orElseThrow(() -> new ObjectNotFoundException("Household not found"));
  }

  private Outcome page(Call c, DasaWismaReader reader, boolean edit, Form form, int status) {
    form.labels(HouseholdFormLayout.labelKeys());
    List<Option> desa =
        reader.cadreDesa().stream()
            .map(
                d ->
                    new Option(
                        d, regions.regions().find(d).map(Region::name).orElse(d) + " (" + d + ")"))
            .toList();
    int tahun =
        DasaWismaParams.parseYear(form.value(HouseholdColumns.TAHUN))
            .orElse(DasaWismaParams.currentYear());
    String desaCode = form.value(HouseholdColumns.KODE_DESA);
    String back =
        DasaWismaParams.homeUrl(tahun, reader.cadreDesa().contains(desaCode) ? desaCode : null);
    return Outcome.page(
        status,
        "publisher/dasawismaHousehold.jte",
        new HouseholdFormView(c.me(), edit, form, HouseholdFormLayout.groups(), desa, back));
  }
}
