package id.terbuka.web.publisher;

import id.terbuka.catalog.domain.DatasetAccess;
import id.terbuka.catalog.domain.License;
import id.terbuka.catalog.domain.Licenses;
import id.terbuka.catalog.service.DatasetService;
import id.terbuka.catalog.service.GroupService;
import id.terbuka.catalog.service.PublisherOverview;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.web.publisher.PublisherViews.Option;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code /dataset/new}, {@code /dataset/edit/{name}} and its delete confirmation. The form's fields
 * become the same dict a {@code package_create}/{@code package_update} call carries and go through
 * {@link DatasetService}, whose rules produce the messages shown next to the fields; on any problem
 * nothing is saved (the service's transaction rolls back) and the form comes back as typed.
 */
@ApplicationScoped
public class DatasetForms {
  /**
   * The form's single-value fields, as named in the API: CKAN's own, then the Satu Data ones the
   * rules know.
   */
  static final List<String> FIELDS =
      Stream.concat(
              Stream.of(
                  "title", "name", "notes", "owner_org", "private", "license_id", "tag_string"),
              DatasetService.satuDataFields().stream())
          .toList();

  /** API error keys shown at another form field. */
  private static final Map<String, String> FIELD_OF = Map.of("tags", "tag_string");

  /** Label keys of the fields, for the error summary. */
  static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("title", "dsform.title"),
          Map.entry("name", "dsform.name"),
          Map.entry("notes", "dsform.notes"),
          Map.entry("owner_org", "meta.organization"),
          Map.entry("private", "dsform.visibility"),
          Map.entry("license_id", "meta.license"),
          Map.entry("tag_string", "meta.tags"),
          Map.entry("groups", "meta.groups"),
          Map.entry("produsen_data", "meta.produsen_data"),
          Map.entry("frekuensi", "meta.frekuensi"),
          Map.entry("cakupan_wilayah", "meta.cakupan_wilayah"),
          Map.entry("cakupan_waktu_mulai", "dsform.from"),
          Map.entry("cakupan_waktu_selesai", "dsform.to"),
          Map.entry("satuan", "meta.satuan"),
          Map.entry("metodologi", "meta.metodologi"));

  @Inject DatasetService datasets;
  @Inject GroupService groups;
  @Inject PublisherOverview overview;

  Outcome create(Call c) {
    if (overview.editableUnits(c.actor()).isEmpty()) {
      return Outcome.denied(c.me(), "denied.no-unit");
    }
    if (!c.post()) {
      Form form = Form.empty().set("license_id", Licenses.DEFAULT_ID).set("private", "False");
      return form(c, null, null, form, 200);
    }
    Form form = typed(c);
    try {
      Map<String, Object> created = datasets.create(c.actor(), dict(c, null));
      return Outcome.redirect(
          "/dataset/edit/"
              + created.get("name")
              + "/resources?done="
              + ReviewDone.key("created", created));
    } catch (InvalidInputException e) {
      return form(c, null, null, FieldMessages.addTo(form, c.ctx(), e.errors(), FIELD_OF), 422);
    }
  }

  Outcome edit(Call c) {
    Map<String, Object> current = datasets.show(c.actor(), c.route().name());
    if (!DatasetAccess.canEdit(c.actor(), text(current.get("owner_org")))) {
      return Outcome.denied(c.me(), "denied.dataset");
    }
    String name = text(current.get("name"));
    String title = text(current.get("title"));
    if (!c.post()) {
      return form(c, name, title, fromDataset(current), 200);
    }
    Form form = typed(c).set("current_state", text(current.get("state")));
    try {
      Map<String, Object> saved = datasets.update(c.actor(), dict(c, current));
      return Outcome.redirect(
          "/dataset/edit/" + saved.get("name") + "?done=" + ReviewDone.key("saved", saved));
    } catch (InvalidInputException e) {
      return form(c, name, title, FieldMessages.addTo(form, c.ctx(), e.errors(), FIELD_OF), 422);
    }
  }

  Outcome delete(Call c) {
    Map<String, Object> current = datasets.show(c.actor(), c.route().name());
    if (!DatasetAccess.canEdit(c.actor(), text(current.get("owner_org")))) {
      return Outcome.denied(c.me(), "denied.dataset");
    }
    String name = text(current.get("name"));
    if (!c.post()) {
      String title = text(current.get("title"));
      return Outcome.page(
          "publisher/confirm.jte",
          new PublisherViews.ConfirmView(
              c.me(),
              "dataset.delete.title",
              "dataset.delete.text",
              title == null ? name : title,
              "/dataset/edit/" + name + "/delete",
              "dataset.delete.button",
              "/dataset/edit/" + name));
    }
    datasets.delete(c.actor(), text(current.get("id")));
    return Outcome.redirect("/dashboard?done=deleted");
  }

  /**
   * The dict to save: the form's fields over the current dataset (an edit keeps what the form does
   * not show, such as author or extras, and its resources, which are not sent).
   */
  private static Map<String, Object> dict(Call c, Map<String, Object> current) {
    Map<String, Object> d = new LinkedHashMap<>();
    if (current != null) {
      d.putAll(current);
      d.remove("resources");
      d.put("tags", List.of()); // the form's tag_string is the whole list
    }
    // As typed: the rules trim what they trim and keep the line breaks of notes.
    for (String f : FIELDS) {
      d.put(f, c.raw(f));
    }
    List<Map<String, Object>> chosen = new ArrayList<>();
    c.params("groups").forEach(g -> chosen.add(Map.of("name", g)));
    d.put("groups", chosen);
    String state = c.param("state");
    if (current == null || state != null) {
      d.put("state", "draft".equals(state) ? "draft" : "active");
    }
    return d;
  }

  private static Form typed(Call c) {
    Form form = Form.empty();
    for (String f : FIELDS) {
      form.set(f, c.req().getParameter(f));
    }
    form.setAll("groups", c.params("groups"));
    return form;
  }

  private static Form fromDataset(Map<String, Object> d) {
    Form form = Form.empty();
    for (String f : FIELDS) {
      Object v = d.get(f);
      form.set(f, v == null ? null : v.toString());
    }
    form.set("private", Boolean.TRUE.equals(d.get("private")) ? "True" : "False");
    form.set("current_state", text(d.get("state")));
    List<String> tags = new ArrayList<>();
    for (Object t : list(d.get("tags"))) {
      if (t instanceof Map<?, ?> m && m.get("name") != null) {
        tags.add(m.get("name").toString());
      }
    }
    form.set("tag_string", String.join(", ", tags));
    List<String> chosen = new ArrayList<>();
    for (Object g : list(d.get("groups"))) {
      if (g instanceof Map<?, ?> m && m.get("name") != null) {
        chosen.add(m.get("name").toString());
      }
    }
    form.setAll("groups", chosen);
    Object regions = d.get("cakupan_wilayah");
    if (regions instanceof List<?> l) {
      form.set("cakupan_wilayah", String.join(", ", l.stream().map(Object::toString).toList()));
    }
    return form;
  }

  private Outcome form(Call c, String name, String title, Form form, int status) {
    List<Option> orgs = new ArrayList<>();
    overview.editableUnits(c.actor()).forEach(u -> orgs.add(new Option(u.id(), u.title())));
    List<Option> licenses = new ArrayList<>();
    for (License l : Licenses.all()) {
      licenses.add(new Option(l.id(), l.title()));
    }
    List<Option> topics = new ArrayList<>();
    for (Object g : groups.list(c.actor(), Map.of("all_fields", "true", "limit", "1000"), false)) {
      if (g instanceof Map<?, ?> m) {
        Object t = m.get("display_name");
        topics.add(new Option(String.valueOf(m.get("name")), String.valueOf(t)));
      }
    }
    form.labels(LABELS);
    return Outcome.page(
        status,
        "publisher/datasetForm.jte",
        new PublisherViews.DatasetFormView(
            c.me(), name, title, form, orgs, licenses, topics, DatasetService.frequencies()));
  }

  private static String text(Object o) {
    return o == null ? null : o.toString();
  }

  private static List<?> list(Object o) {
    return o instanceof List<?> l ? l : List.of();
  }
}
