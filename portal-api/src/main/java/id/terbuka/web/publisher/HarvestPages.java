package id.terbuka.web.publisher;

import id.terbuka.harvest.domain.HarvestRun;
import id.terbuka.harvest.domain.HarvestSource;
import id.terbuka.harvest.service.HarvestRuns;
import id.terbuka.harvest.service.HarvestSources;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.ConflictException;
import id.terbuka.shared.Json;
import id.terbuka.shared.ObjectNotFoundException;
import id.terbuka.shared.Values;
import id.terbuka.web.i18n.Formats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code /dashboard/harvest}: the harvest sources with their last run, and {@code
 * /dashboard/harvest/{id}}: one source's runs, the latest report's failed datasets, and a "run now"
 * form; through {@link HarvestSources} and {@link HarvestRuns}, the API's services (sysadmins only;
 * sources are created through the API).
 */
@ApplicationScoped
public class HarvestPages {
  @Inject HarvestSources sources;
  @Inject HarvestRuns runs;

  /** A source as listed. */
  public record SourceRow(String id, String title, String url, String schedule, String lastRun) {}

  /** A run as listed. */
  public record RunRow(
      String started,
      String finished,
      String status,
      boolean full,
      int created,
      int updated,
      int unchanged,
      int withdrawn,
      int failed,
      String message) {}

  /** A dataset the latest run could not write. */
  public record ErrorRow(String remoteId, String reason) {}

  public record SourcesView(PublisherViews.Me me, List<SourceRow> sources) {}

  public record SourceView(
      PublisherViews.Me me,
      SourceRow source,
      String highWater,
      List<RunRow> runs,
      List<ErrorRow> errors,
      String done) {}

  Outcome sources(Call c) {
    try {
      List<SourceRow> rows = new ArrayList<>();
      for (HarvestSource s : sources.list(c.actor())) {
        rows.add(row(c, s));
      }
      return Outcome.page("publisher/harvest.jte", new SourcesView(c.me(), rows));
    } catch (AccessDeniedException e) {
      return Outcome.denied(c.me(), "denied.harvest");
    }
  }

  Outcome source(Call c) {
    String id = c.route().resourceId();
    try {
      if (c.post()) {
        boolean full = "1".equals(c.param("full"));
        String done = "harvest-started";
        try {
          runs.start(c.actor(), id, full);
        } catch (ConflictException e) {
          done = "harvest-busy";
        }
        return Outcome.redirect("/dashboard/harvest/" + id + "?done=" + done);
      }
      HarvestSource s = sources.require(c.actor(), id);
      Formats fmt = c.ctx().fmt();
      List<RunRow> rows = new ArrayList<>();
      List<HarvestRun> list = runs.list(c.actor(), id);
      for (HarvestRun r : list) {
        rows.add(
            new RunRow(
                time(fmt, r.started()),
                time(fmt, r.finished()),
                r.status(),
                r.full(),
                r.created(),
                r.updated(),
                r.unchanged(),
                r.withdrawn(),
                r.failed(),
                r.message()));
      }
      List<ErrorRow> errors = new ArrayList<>();
      if (!list.isEmpty()) {
        for (Object e : Values.list(Json.parse(list.get(0).errorsJson()))) {
          Map<String, Object> m = Values.map(e);
          errors.add(new ErrorRow(Values.text(m.get("remote_id")), Values.text(m.get("reason"))));
        }
      }
      return Outcome.page(
          "publisher/harvestSource.jte",
          new SourceView(c.me(), row(c, s), s.highWater(), rows, errors, c.done()));
    } catch (AccessDeniedException e) {
      return Outcome.denied(c.me(), "denied.harvest");
    } catch (ObjectNotFoundException e) {
      return Outcome.page(404, "error.jte", new id.terbuka.web.ErrorView(404));
    }
  }

  private SourceRow row(Call c, HarvestSource s) {
    String last =
        runs.list(c.actor(), s.id()).stream()
            .findFirst()
            .map(
                r ->
                    time(c.ctx().fmt(), r.started())
                        + " · "
                        + c.ctx().t("harvest.status." + r.status()))
            .orElse(c.ctx().t("harvest.never"));
    return new SourceRow(
        s.id(), s.title(), s.url(), c.ctx().t("harvest.schedule." + s.schedule()), last);
  }

  private static String time(Formats fmt, LocalDateTime t) {
    return t == null ? "" : fmt.dateTime(t.toInstant(ZoneOffset.UTC));
  }
}
