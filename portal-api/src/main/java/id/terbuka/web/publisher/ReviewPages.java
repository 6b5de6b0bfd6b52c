package id.terbuka.web.publisher;

import id.terbuka.audit.domain.ActivityDiff;
import id.terbuka.catalog.domain.ReviewDiff;
import id.terbuka.catalog.domain.ReviewItem;
import id.terbuka.catalog.domain.ReviewKind;
import id.terbuka.catalog.domain.ReviewStatus;
import id.terbuka.catalog.domain.StagedFile;
import id.terbuka.catalog.service.DatasetReviews;
import id.terbuka.catalog.service.GroupService;
import id.terbuka.http.download.DownloadableFile;
import id.terbuka.http.download.FileResponder;
import id.terbuka.identity.domain.Actor;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.ConflictException;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.ObjectNotFoundException;
import id.terbuka.shared.Timestamps;
import id.terbuka.shared.Values;
import id.terbuka.storage.FileStore;
import id.terbuka.web.HistoryView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The walidata's review pages (ADR 0016), over {@link DatasetReviews} as {@code /api/v1/reviews}
 * is: {@code /dashboard/verifikasi} the queue (waiting items first; {@code ?status=} another
 * status, {@code semua} all), {@code .../{id}} one item with the fields before and after and the
 * unified diff, and for the walidata the approve ({@code .../{id}/setujui}) and return ({@code
 * .../{id}/kembalikan}, with a reason) forms; {@code .../{id}/berkas/{resource}} a file that waits.
 * Producers see their organisations' items, with the walidata's reason when one was returned.
 */
@ApplicationScoped
public class ReviewPages {
  static final String QUEUE = "/dashboard/verifikasi";

  @Inject DatasetReviews reviews;
  @Inject GroupService groups;
  @Inject FileStore files;
  @Inject id.terbuka.http.Visitors visitors;

  /** An item as the queue lists it. */
  public record Row(
      String id,
      String title,
      String kind,
      String status,
      String organization,
      String submittedBy,
      String submittedAt) {}

  /** The queue page. */
  public record QueueView(
      PublisherViews.Me me,
      List<Row> rows,
      long count,
      int page,
      int pages,
      String status,
      String done) {}

  /** A step of the item's trail, in words and WIB. */
  public record Step(String event, String by, String at, String reason) {}

  /** A file waiting with the change. */
  public record Staged(String name, String href, long size) {}

  /** One item's page. */
  public record ItemView(
      PublisherViews.Me me,
      Row item,
      String reason,
      String decidedBy,
      String decidedAt,
      String datasetHref,
      List<HistoryView.Field> fields,
      String unifiedDiff,
      List<Staged> staged,
      boolean mayDecide,
      Form form,
      String done,
      String importHref,
      List<String> importDatasets,
      List<Step> trail) {}

  /** The review page a route names (the waiting file is served before, by {@link #servedFile}). */
  Outcome page(Call c) {
    return switch (c.route().page()) {
      case REVIEWS -> queue(c);
      case REVIEW -> item(c);
      case REVIEW_APPROVE -> approve(c);
      case REVIEW_RETURN -> giveBack(c);
      default -> throw new ObjectNotFoundException("Not found");
    };
  }

  /**
   * Serves a waiting file when the route names one (a GET): a file, not a page, so it goes straight
   * to the file responder.
   *
   * @return whether the request was answered
   */
  boolean servedFile(
      PublisherRoute route, HttpServletRequest req, HttpServletResponse resp, boolean post)
      throws IOException {
    if (route.page() != PublisherRoute.Page.REVIEW_FILE || post) {
      return false;
    }
    file(req, resp, visitors.fromRequest(req), route);
    return true;
  }

  Outcome queue(Call c) {
    String status = c.param("status") == null ? "menunggu_verifikasi" : c.param("status");
    ReviewStatus wanted;
    try {
      wanted = "semua".equals(status) ? null : ReviewStatus.of(status);
    } catch (IllegalArgumentException e) {
      throw new ObjectNotFoundException("Not found");
    }
    int page;
    try {
      page = Math.max(1, Math.min(100_000, Values.integer(c.param("page"), 1)));
    } catch (IllegalArgumentException e) {
      page = 1;
    }
    DatasetReviews.Queue q = reviews.queue(c.actor(), wanted, page);
    List<Row> rows = new ArrayList<>();
    for (ReviewItem item : q.items()) {
      rows.add(row(c, item));
    }
    int pages =
        (int) Math.max(1, (q.count() + DatasetReviews.PER_PAGE - 1) / DatasetReviews.PER_PAGE);
    return Outcome.page(
        "publisher/reviews.jte",
        new QueueView(c.me(), rows, q.count(), q.page(), pages, status, c.done()));
  }

  Outcome item(Call c) {
    return item(c, Form.empty(), 200);
  }

  Outcome approve(Call c) {
    String id = c.route().resourceId();
    if (!c.post()) {
      return Outcome.redirect(QUEUE + "/" + id);
    }
    try {
      reviews.approve(c.actor(), id);
    } catch (ConflictException e) {
      return Outcome.redirect(QUEUE + "/" + id + "?done=review-decided");
    } catch (InvalidInputException e) {
      // The proposal no longer fits the catalogue (a name taken since): the walidata returns it.
      return item(c, FieldMessages.addTo(Form.empty(), c.ctx(), e.errors(), Map.of()), 422);
    }
    return Outcome.redirect(QUEUE + "?done=review-approved");
  }

  Outcome giveBack(Call c) {
    String id = c.route().resourceId();
    if (!c.post()) {
      return Outcome.redirect(QUEUE + "/" + id);
    }
    Form form = Form.empty().set("reason", c.raw("reason"));
    try {
      reviews.giveBack(c.actor(), id, c.raw("reason"));
    } catch (ConflictException e) {
      return Outcome.redirect(QUEUE + "/" + id + "?done=review-decided");
    } catch (InvalidInputException e) {
      return item(c, FieldMessages.addTo(form, c.ctx(), e.errors(), Map.of()), 422);
    }
    return Outcome.redirect(QUEUE + "?done=review-returned");
  }

  /** Serves a staged file to whoever may see its item; never cached by anyone else. */
  void file(HttpServletRequest req, HttpServletResponse resp, Actor actor, PublisherRoute route)
      throws IOException {
    StagedFile file;
    try {
      file = reviews.stagedFile(actor, route.name(), route.resourceId());
    } catch (ObjectNotFoundException | AccessDeniedException e) {
      resp.sendError(404, "Not found");
      return;
    }
    new FileResponder(files)
        .send(
            req,
            resp,
            new DownloadableFile(
                // Private and never cached (no-store): its time matters to nobody.
                file.sha256(), file.filename(), file.mimetype(), java.time.Instant.now(), true),
            "HEAD".equals(req.getMethod()));
  }

  private Outcome item(Call c, Form form, int status) {
    DatasetReviews.Detail d = reviews.show(c.actor(), c.route().resourceId());
    ReviewItem item = d.item();
    ReviewDiff diff = d.diff();
    List<HistoryView.Field> fields = new ArrayList<>();
    for (ActivityDiff.FieldChange f : diff.fields()) {
      fields.add(new HistoryView.Field(f.field(), f.before(), f.after()));
    }
    List<Staged> staged = new ArrayList<>();
    item.stagedFiles()
        .forEach(
            (resourceId, f) ->
                staged.add(
                    new Staged(
                        f.filename(), QUEUE + "/" + item.id + "/berkas/" + resourceId, f.size())));
    String name = Values.text(d.after().get("name"));
    String datasetHref =
        name == null
            ? null
            : item.kind() == ReviewKind.DATASET_BARU ? "/dataset/edit/" + name : "/dataset/" + name;
    boolean mayDecide = c.actor().sysadmin() && item.status() == ReviewStatus.MENUNGGU_VERIFIKASI;
    return Outcome.page(
        status,
        "publisher/review.jte",
        new ItemView(
            c.me(),
            row(c, item),
            item.reason,
            reviews.userName(item.decidedBy),
            time(c, item.decidedAt),
            datasetHref,
            fields,
            diff.unified(),
            staged,
            mayDecide,
            form,
            c.done(),
            importHref(item),
            importDatasets(item),
            d.trail().stream()
                .map(
                    e ->
                        new Step(
                            e.event(), reviews.userName(e.userId()), time(c, e.at()), e.reason()))
                .toList()));
  }

  /** The waiting import's report page (its rows, warnings and the datasets it would publish). */
  private static String importHref(ReviewItem item) {
    if (item.importRequest == null) {
      return null;
    }
    Object id = item.importRequestDict().get("import_id");
    return "/dashboard/imports/" + item.importKind + "/" + id;
  }

  private static List<String> importDatasets(ReviewItem item) {
    if (item.importRequest == null) {
      return List.of();
    }
    return Values.list(item.importRequestDict().get("datasets")).stream()
        .map(String::valueOf)
        .toList();
  }

  private Row row(Call c, ReviewItem item) {
    String org = groups.activeOrganization(item.ownerOrg).map(GroupService.Unit::title).orElse("");
    return new Row(
        item.id,
        item.title,
        item.kind,
        item.status,
        org,
        reviews.userName(item.submittedBy),
        time(c, item.submittedAt));
  }

  private static String time(Call c, LocalDateTime t) {
    return t == null ? null : c.ctx().fmt().dateTime(Timestamps.ckan(t));
  }
}
