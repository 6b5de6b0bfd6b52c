package id.terbuka.web.publisher;

import id.terbuka.catalog.service.GroupService;
import id.terbuka.catalog.service.PublisherOverview;
import id.terbuka.imports.domain.ImportReport;
import id.terbuka.imports.domain.ImportStatus;
import id.terbuka.imports.service.ImportHandler;
import id.terbuka.imports.service.ImportHandlers;
import id.terbuka.imports.service.ImportHistory;
import id.terbuka.imports.service.ImportService;
import id.terbuka.imports.service.UploadTooLargeException;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.ObjectNotFoundException;
import id.terbuka.shared.TerbukaConfig;
import id.terbuka.web.publisher.PublisherViews.ImportPageView;
import id.terbuka.web.publisher.PublisherViews.ImportReportPageView;
import id.terbuka.web.publisher.PublisherViews.Option;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /dashboard/imports/{kind}}: the upload form of one import kind with the importing
 * organisation's history, and {@code /dashboard/imports/{kind}/{id}}, one stored report. The upload
 * goes to {@link ImportService#run} exactly as {@code POST /api/v1/{kind}/imports} does, so the
 * permission, the limit, the checks and the report are the API's; this only turns the answer into a
 * page: an accepted file redirects to its report, a rejected file or a dry run shows the report
 * above the form again. Any domain with an {@link ImportHandler} bean has these pages.
 */
@ApplicationScoped
public class ImportPages {
  /** Label keys of the form's fields, for the error summary. */
  static final Map<String, String> LABELS =
      Map.of("upload", "import.file", "organization", "import.org");

  @Inject ImportHandlers handlers;
  @Inject ImportService imports;
  @Inject ImportHistory history;
  @Inject PublisherOverview overview;
  @Inject TerbukaConfig config;

  /** The upload page; {@code tooLarge} when the servlet refused the body by its declared size. */
  Outcome upload(Call c, boolean tooLarge) {
    ImportHandler<?> handler = handler(c);
    Optional<Importers> accepted = importers(handler, c);
    if (accepted.isEmpty()) {
      return Outcome.denied(c.me(), "denied.import.kind");
    }
    Importers importers = accepted.get();
    List<PublisherOverview.Unit> units = importers.units();
    if (units.isEmpty()) {
      return Outcome.denied(c.me(), "denied.import");
    }
    Form form = Form.empty().set("organization", chosen(c, units).name());
    if (tooLarge) {
      return page(
          c, handler, importers, form.error("upload", c.ctx().t("invalid.upload.large")), 413);
    }
    if (!c.post()) {
      return page(c, handler, importers, form, 200);
    }
    boolean dryRun = c.param("dry_run") != null;
    form.set("dry_run", dryRun ? "true" : null);
    Part file = filePart(c);
    if (file == null) {
      return page(
          c, handler, importers, form.error("upload", c.ctx().t("import.file.missing")), 422);
    }
    ImportReport report;
    try (InputStream in = file.getInputStream()) {
      report =
          imports.run(
              handler, c.actor(), c.param("organization"), file.getSubmittedFileName(), in, dryRun);
    } catch (UploadTooLargeException e) {
      return page(
          c, handler, importers, form.error("upload", c.ctx().t("invalid.upload.large")), 413);
    } catch (InvalidInputException e) {
      // The organisation field: unknown, or none chosen while the reader edits several.
      e.errors().keySet().forEach(f -> form.error(f, c.ctx().t("import.org.invalid")));
      return page(c, handler, importers, form, 422);
    } catch (IOException e) {
      return page(
          c, handler, importers, form.error("upload", c.ctx().t("import.file.broken")), 422);
    }
    if (report.status() == ImportStatus.ACCEPTED) {
      return Outcome.redirect(reportPath(handler.kind(), report.id()));
    }
    ImportReportView shown = ImportReportView.of(report, handler.messages(), c.ctx().lang());
    int status = report.status() == ImportStatus.REJECTED ? 422 : 200;
    return page(c, handler, importers, form, shown, status);
  }

  /** One stored report, if the reader may see it (accepted ones are public, others editors'). */
  Outcome report(Call c) {
    ImportHandler<?> handler = handler(c);
    ImportReport report = history.report(c.actor(), handler.kind(), c.route().resourceId());
    return Outcome.page(
        "publisher/importReport.jte",
        new ImportReportPageView(
            c.me(),
            handler.kind(),
            ImportReportView.of(report, handler.messages(), c.ctx().lang())));
  }

  static String reportPath(String kind, String id) {
    return "/dashboard/imports/" + kind + "/" + id;
  }

  private ImportHandler<?> handler(Call c) {
    return handlers
        .find(c.route().name())
        .orElseThrow(() -> new ObjectNotFoundException("No import of this kind"));
  }

  /**
   * Who the reader may import for: the one organisation the domain records its imports under
   * (fixed, no choice), or the organisations she edits (the shared rule).
   */
  private record Importers(List<PublisherOverview.Unit> units, boolean fixed) {}

  /**
   * The organisations of the form: the one a domain decides itself, or else the reader's editable
   * organisations (possibly none). Empty when the domain decides and does not accept this reader
   * (Dasa Wisma: she is no cadre).
   */
  private Optional<Importers> importers(ImportHandler<?> handler, Call c) {
    Optional<GroupService.Unit> decided;
    try {
      decided = handler.importingOrganization(c.actor());
    } catch (AccessDeniedException | InvalidInputException e) {
      return Optional.empty();
    }
    if (decided.isPresent()) {
      GroupService.Unit u = decided.get();
      String title = u.title() == null || u.title().isBlank() ? u.name() : u.title();
      return Optional.of(
          new Importers(List.of(new PublisherOverview.Unit(u.id(), u.name(), title, null)), true));
    }
    return Optional.of(new Importers(overview.editableUnits(c.actor()), false));
  }

  private Outcome page(
      Call c, ImportHandler<?> handler, Importers importers, Form form, int status) {
    return page(c, handler, importers, form, null, status);
  }

  private Outcome page(
      Call c,
      ImportHandler<?> handler,
      Importers importers,
      Form form,
      ImportReportView report,
      int status) {
    form.labels(LABELS);
    List<PublisherOverview.Unit> units = importers.units();
    String kind = handler.kind();
    String org = chosen(c, units).name();
    int page = page(c.param("page"));
    ImportHistory.Page p = history.history(c.actor(), kind, org, page);
    String base = "/dashboard/imports/" + kind + "?organization=" + encode(org) + "&page=";
    return Outcome.page(
        status,
        "publisher/importPage.jte",
        new ImportPageView(
            c.me(),
            kind,
            form,
            units.stream().map(u -> new Option(u.name(), u.title())).toList(),
            importers.fixed(),
            org,
            handler.templatePaths(),
            config.maxUploadBytes() / (1024 * 1024),
            report,
            p.reports(),
            page > 1 ? base + (page - 1) : null,
            (long) page * p.pageSize() < p.total() ? base + (page + 1) : null));
  }

  /** The organisation asked for (by name or id) among the reader's, else the first of them. */
  private static PublisherOverview.Unit chosen(Call c, List<PublisherOverview.Unit> units) {
    String asked = c.param("organization");
    return units.stream()
        .filter(u -> u.name().equals(asked) || u.id().equals(asked))
        .findFirst()
        .orElse(units.get(0));
  }

  /** The history page asked for; anything but a page number reads as the first page. */
  static int page(String value) {
    if (value == null || !value.matches("\\d{1,5}")) {
      return 1;
    }
    return Math.max(1, Math.min(10_000, Integer.parseInt(value)));
  }

  /** The form's file, or null when none was chosen (or the body is not multipart). */
  private static Part filePart(Call c) {
    String type = c.req().getContentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      return null;
    }
    try {
      Part part = c.req().getPart("upload");
      return part == null
              || part.getSubmittedFileName() == null
              || part.getSubmittedFileName().isBlank()
          ? null
          : part;
    } catch (IOException | ServletException | IllegalStateException e) {
      return null; // an unreadable body is a file not received, said at the field
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
