package id.terbuka.web.publisher;

import id.terbuka.catalog.domain.DatasetAccess;
import id.terbuka.catalog.domain.Upload;
import id.terbuka.catalog.service.DatasetService;
import id.terbuka.catalog.service.ResourceService;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.ObjectNotFoundException;
import id.terbuka.shared.TerbukaConfig;
import id.terbuka.web.publisher.PublisherViews.ResourceRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A dataset's resources: the list with the form that adds one (a file or a link), the form that
 * changes one or replaces its file, and the delete confirmation, all through {@link
 * ResourceService} as {@code resource_create}/{@code _patch}/{@code _delete} do. The upload limit
 * is the service's ({@code TERBUKA_MAX_UPLOAD_MB}); a file over it is a message at the file field,
 * and the stored bytes are removed with the rolled-back transaction.
 */
@ApplicationScoped
public class ResourceForms {
  /** The resource fields the forms show, as named in the API. */
  static final List<String> FIELDS = List.of("name", "description", "format", "url");

  /** Label keys of the fields, for the error summary. */
  static final Map<String, String> LABELS =
      Map.of(
          "upload", "res.file",
          "url", "res.url",
          "name", "res.name",
          "description", "res.description",
          "format", "res.format");

  @Inject DatasetService datasets;
  @Inject ResourceService resources;
  @Inject TerbukaConfig config;

  /** The resources page of a dataset the reader may edit; {@code tooLarge} from the servlet. */
  Outcome list(Call c, boolean tooLarge) {
    Map<String, Object> d = editable(c);
    if (d == null) {
      return Outcome.denied(c.me(), "denied.dataset");
    }
    if (tooLarge) {
      Form form = Form.empty().error("upload", c.ctx().t("invalid.upload.large"));
      return listPage(c, d, form, 413);
    }
    if (!c.post()) {
      return listPage(c, d, Form.empty(), 200);
    }
    Form form = typed(c);
    Map<String, Object> dict = dict(c);
    dict.put("package_id", d.get("id"));
    try {
      resources.create(c.actor(), dict, upload(c));
      return Outcome.redirect(
          "/dataset/edit/" + d.get("name") + "/resources?done=" + done(c, d, "resource-added"));
    } catch (InvalidInputException e) {
      return listPage(c, d, FieldMessages.addTo(form, c.ctx(), e.errors(), Map.of()), 422);
    }
  }

  Outcome edit(Call c, boolean tooLarge) {
    Map<String, Object> d = editable(c);
    if (d == null) {
      return Outcome.denied(c.me(), "denied.dataset");
    }
    ResourceRow r = resourceOf(d, c.route().resourceId());
    if (tooLarge) {
      Form form = current(r).error("upload", c.ctx().t("invalid.upload.large"));
      return editPage(c, d, r, form, 413);
    }
    if (!c.post()) {
      return editPage(c, d, r, current(r), 200);
    }
    Form form = typed(c);
    Map<String, Object> dict = dict(c);
    dict.put("id", r.id());
    if (r.uploaded()) {
      dict.remove("url"); // an uploaded file keeps its download URL unless a new file comes
    }
    try {
      resources.patch(c.actor(), dict, upload(c));
      return Outcome.redirect(
          "/dataset/edit/" + d.get("name") + "/resources?done=" + done(c, d, "resource-saved"));
    } catch (InvalidInputException e) {
      return editPage(c, d, r, FieldMessages.addTo(form, c.ctx(), e.errors(), Map.of()), 422);
    }
  }

  Outcome delete(Call c) {
    Map<String, Object> d = editable(c);
    if (d == null) {
      return Outcome.denied(c.me(), "denied.dataset");
    }
    ResourceRow r = resourceOf(d, c.route().resourceId());
    String back = "/dataset/edit/" + d.get("name") + "/resources";
    if (!c.post()) {
      return Outcome.page(
          "publisher/confirm.jte",
          new PublisherViews.ConfirmView(
              c.me(),
              "resource.delete.title",
              "resource.delete.text",
              r.name(),
              "/dataset/edit/" + d.get("name") + "/resource/" + r.id() + "/delete",
              "resource.delete.button",
              back));
    }
    resources.delete(c.actor(), r.id());
    return Outcome.redirect(back + "?done=resource-deleted");
  }

  /** The dataset if the reader may edit it, else null (unreadable ones are not found). */
  private Map<String, Object> editable(Call c) {
    Map<String, Object> d = datasets.show(c.actor(), c.route().name());
    Object org = d.get("owner_org");
    return DatasetAccess.canEdit(c.actor(), org == null ? null : org.toString()) ? d : null;
  }

  private Outcome listPage(Call c, Map<String, Object> d, Form form, int status) {
    form.labels(LABELS);
    return Outcome.page(
        status,
        "publisher/resources.jte",
        new PublisherViews.ResourcesView(
            c.me(),
            text(d.get("name")),
            title(d),
            rows(d),
            form,
            c.done(),
            config.maxUploadBytes() / (1024 * 1024)));
  }

  private Outcome editPage(Call c, Map<String, Object> d, ResourceRow r, Form form, int status) {
    form.labels(LABELS);
    return Outcome.page(
        status,
        "publisher/resourceEdit.jte",
        new PublisherViews.ResourceEditView(
            c.me(),
            text(d.get("name")),
            title(d),
            r,
            form,
            config.maxUploadBytes() / (1024 * 1024)));
  }

  private static List<ResourceRow> rows(Map<String, Object> d) {
    List<ResourceRow> out = new ArrayList<>();
    if (d.get("resources") instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof Map<?, ?> m) {
          String name = text(m.get("name"));
          out.add(
              new ResourceRow(
                  text(m.get("id")),
                  name == null ? text(m.get("id")) : name,
                  text(m.get("description")),
                  text(m.get("format")),
                  text(m.get("url")),
                  "upload".equals(m.get("url_type"))));
        }
      }
    }
    return out;
  }

  private static ResourceRow resourceOf(Map<String, Object> d, String id) {
    return rows(d).stream()
        .filter(r -> r.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new ObjectNotFoundException("Resource was not found."));
  }

  private static Form current(ResourceRow r) {
    return Form.empty()
        .set("name", r.name())
        .set("description", r.description())
        .set("format", r.format())
        .set("url", r.uploaded() ? null : r.url());
  }

  private static Form typed(Call c) {
    Form form = Form.empty();
    FIELDS.forEach(f -> form.set(f, c.req().getParameter(f)));
    return form;
  }

  /** The fields as typed (the rules trim what they trim); no {@code url} keeps the current one. */
  private static Map<String, Object> dict(Call c) {
    Map<String, Object> dict = new LinkedHashMap<>();
    for (String f : FIELDS) {
      String value = c.raw(f);
      if (value != null || !f.equals("url")) {
        dict.put(f, value);
      }
    }
    return dict;
  }

  /** The file of the form's {@code upload} field, or null when none was chosen. */
  private static Upload upload(Call c) {
    String type = c.req().getContentType();
    if (type == null || !type.toLowerCase().startsWith("multipart/")) {
      return null;
    }
    try {
      Part part = c.req().getPart("upload");
      if (part == null
          || part.getSubmittedFileName() == null
          || part.getSubmittedFileName().isBlank()) {
        return null;
      }
      return new Upload(part.getSubmittedFileName(), part.getContentType(), part.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ServletException e) {
      throw new IllegalStateException("Unreadable multipart body", e);
    }
  }

  private static String title(Map<String, Object> d) {
    String t = text(d.get("title"));
    return t == null ? text(d.get("name")) : t;
  }

  private static String text(Object o) {
    return o == null ? null : o.toString();
  }

  /** The notice after a resource change: "waits for review" when the dataset's change now does. */
  private String done(Call c, Map<String, Object> d, String base) {
    return ReviewDone.key(base, datasets.show(c.actor(), (String) d.get("id")));
  }
}
