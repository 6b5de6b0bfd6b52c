package id.terbuka.web;

import id.terbuka.audit.service.ActivityQueries;
import id.terbuka.catalog.service.DatasetService;
import id.terbuka.catalog.service.Regions;
import id.terbuka.ckan.ActivityActions;
import id.terbuka.feedback.domain.Satisfaction;
import id.terbuka.feedback.service.SatisfactionService;
import id.terbuka.identity.domain.Actor;
import id.terbuka.identity.service.UserService;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.ObjectNotFoundException;
import id.terbuka.usage.domain.UsageTotals;
import id.terbuka.usage.service.UsageReports;
import id.terbuka.web.i18n.Formats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /dataset/{name}}: {@code package_show} for the caller. A dataset the caller may not read
 * is "not found", as for a name that does not exist: the page does not reveal that it exists.
 */
@ApplicationScoped
public class DatasetPage {
  /** How many of the last changes the page lists. */
  static final int ACTIVITIES = 5;

  @Inject DatasetService datasets;
  @Inject Regions regions;
  @Inject ActivityQueries activities;
  @Inject UserService users;
  @Inject UsageReports usage;
  @Inject SatisfactionService satisfaction;

  public View render(PageContext ctx, Actor actor, String name) {
    return render(ctx, actor, name, DatasetUsage.Form.EMPTY, null);
  }

  /**
   * The page with the satisfaction form in {@code form}'s state; {@code respondent} is the
   * browser's answer cookie ({@code Respondents}), so that its earlier answer shows as chosen.
   */
  public View render(
      PageContext ctx, Actor actor, String name, DatasetUsage.Form form, String respondent) {
    Map<String, Object> d;
    try {
      d = datasets.show(actor, name);
    } catch (AccessDeniedException e) {
      throw new ObjectNotFoundException("Not found");
    }
    Map<String, Object> org = Dicts.map(d, "organization");
    List<DatasetView.Named> groups = new ArrayList<>();
    for (Map<String, Object> g : Dicts.maps(d, "groups")) {
      String title = Dicts.text(g, "display_name");
      groups.add(
          new DatasetView.Named(
              Dicts.text(g, "name"), title == null ? Dicts.text(g, "title") : title));
    }
    List<String> tags = new ArrayList<>();
    Dicts.maps(d, "tags").forEach(t -> tags.add(Dicts.text(t, "name")));
    List<DatasetView.ResourceItem> resources = resources(ctx, d);
    String title = Dicts.text(d, "title");
    String notes = Dicts.text(d, "notes");
    DatasetView view =
        new DatasetView(
            Dicts.text(d, "id"),
            Dicts.text(d, "name"),
            title == null ? Dicts.text(d, "name") : title,
            Markdown.toHtml(notes),
            Markdown.summary(notes, 160),
            Dicts.text(org, "name"),
            Dicts.text(org, "title"),
            groups,
            tags,
            Dicts.text(d, "license_title"),
            Dicts.text(d, "license_url"),
            Boolean.TRUE.equals(d.get("private")),
            metadata(ctx, d),
            resources,
            resources.stream()
                .filter(DatasetView.ResourceItem::datastore)
                .map(DatasetView.ResourceItem::id)
                .findFirst()
                .orElse(null),
            usage(Dicts.text(d, "id"), form, respondent),
            details(ctx, actor, d),
            reviewNotice(d));
    return View.of("dataset.jte", view);
  }

  /**
   * What its editors are told while the walidata has not approved what they see (ADR 0016): the
   * message key, or null. The public never reads a waiting version, so never gets one.
   */
  static String reviewNotice(Map<String, Object> d) {
    String status = Dicts.text(d, "review_status");
    if (status == null || status.equals("disetujui")) {
      return null;
    }
    boolean change = d.get("review_id") != null;
    return "dataset.review." + (change ? "change." : "new.") + status;
  }

  /** The dataset's resources as the page lists them. */
  private static List<DatasetView.ResourceItem> resources(PageContext ctx, Map<String, Object> d) {
    Formats fmt = ctx.fmt();
    List<DatasetView.ResourceItem> resources = new ArrayList<>();
    for (Map<String, Object> r : Dicts.maps(d, "resources")) {
      String updated = Dicts.text(r, "last_modified");
      String format = Dicts.text(r, "format");
      String rname = Dicts.text(r, "name");
      resources.add(
          new DatasetView.ResourceItem(
              Dicts.text(r, "id"),
              rname == null ? ctx.t("dataset.resource.unnamed") : rname,
              Dicts.text(r, "description"),
              format == null ? "" : format.toUpperCase(Locale.ROOT),
              fmt.bytes(Dicts.size(r, "size")),
              fmt.date(updated == null ? Dicts.text(r, "metadata_modified") : updated),
              Dicts.text(r, "url"),
              Boolean.TRUE.equals(r.get("datastore_active"))));
    }
    return resources;
  }

  private DatasetDetails details(PageContext ctx, Actor actor, Map<String, Object> d) {
    Formats fmt = ctx.fmt();
    String name = Dicts.text(d, "name");
    String url = ctx.siteUrl() + "/dataset/" + name;
    Map<String, Object> org = Dicts.map(d, "organization");
    String orgName = Dicts.text(org, "name");
    List<String> regionNames = new ArrayList<>();
    for (String code : Dicts.texts(d, "cakupan_wilayah")) {
      regionNames.add(regions.name(code).orElse(code));
    }
    String jsonLd =
        DatasetJsonLd.of(
            d,
            url,
            orgName == null ? null : ctx.siteUrl() + "/dataset?organization=" + orgName,
            regionNames);
    List<DatasetDetails.Activity> changes = new ArrayList<>();
    // The same stream and visibility rule as package_activity_list.
    for (Map<String, Object> a :
        activities.ofObject(Dicts.text(d, "id"), 0, ACTIVITIES, ActivityActions.visibleTo(actor))) {
      Instant when = utc(Dicts.text(a, "timestamp"));
      String type = Dicts.text(a, "activity_type");
      changes.add(
          new DatasetDetails.Activity(
              users
                  .find(Dicts.text(a, "user_id"))
                  .map(ActivityText::displayName)
                  .orElse(ctx.t("activity.someone")),
              ActivityText.whatKey(type),
              fmt.dateTime(when),
              when == null ? null : when.toString()));
    }
    Instant created = utc(Dicts.text(d, "metadata_created"));
    String title = Dicts.text(d, "title");
    String citation =
        ctx.t(
            "dataset.cite.text",
            Dicts.text(org, "title") == null ? ctx.t("site.short") : Dicts.text(org, "title"),
            created == null ? "" : created.atZone(Formats.WIB).getYear(),
            title == null ? name : title,
            ctx.t("site.name"),
            url,
            fmt.date(Instant.now()));
    return new DatasetDetails(jsonLd, changes, citation);
  }

  private static Instant utc(String ckanUtc) {
    try {
      return ckanUtc == null ? null : LocalDateTime.parse(ckanUtc).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private DatasetUsage usage(String datasetId, DatasetUsage.Form form, String respondent) {
    UsageTotals totals = usage.totals(datasetId);
    if (form.answer() == null && form.problems().isEmpty()) {
      String earlier =
          satisfaction.answerOf(datasetId, respondent).map(Satisfaction::code).orElse(null);
      form = new DatasetUsage.Form(earlier, form.comment(), form.problems(), form.saved());
    }
    return new DatasetUsage(
        totals.views(),
        totals.downloads(),
        usage.resourceDownloads(datasetId),
        satisfaction.summary(datasetId),
        form);
  }

  /** The metadata table: Satu Data fields first, then CKAN's; empty fields are left out. */
  private List<DatasetView.Row> metadata(PageContext ctx, Map<String, Object> d) {
    Formats fmt = ctx.fmt();
    List<DatasetView.Row> rows = new ArrayList<>();
    add(rows, "meta.produsen_data", Dicts.text(d, "produsen_data"));
    String freq = Dicts.text(d, "frekuensi");
    add(rows, "meta.frekuensi", freq == null ? null : ctx.t("frekuensi." + freq));
    List<String> regionNames = new ArrayList<>();
    for (String code : Dicts.texts(d, "cakupan_wilayah")) {
      regionNames.add(regions.name(code).map(n -> n + " (" + code + ")").orElse(code));
    }
    add(rows, "meta.cakupan_wilayah", String.join(", ", regionNames));
    String from = localDate(fmt, Dicts.text(d, "cakupan_waktu_mulai"));
    String to = localDate(fmt, Dicts.text(d, "cakupan_waktu_selesai"));
    add(
        rows,
        "meta.cakupan_waktu",
        from == null && to == null
            ? null
            : (from == null ? "" : from) + " – " + (to == null ? "" : to));
    add(rows, "meta.satuan", Dicts.text(d, "satuan"));
    add(rows, "meta.metodologi", Dicts.text(d, "metodologi"));
    add(rows, "meta.author", Dicts.text(d, "author"));
    add(rows, "meta.maintainer", Dicts.text(d, "maintainer"));
    add(rows, "meta.version", Dicts.text(d, "version"));
    add(rows, "meta.source", Dicts.text(d, "url"));
    add(rows, "meta.created", fmt.date(Dicts.text(d, "metadata_created")));
    add(rows, "meta.modified", fmt.dateTime(Dicts.text(d, "metadata_modified")));
    return rows;
  }

  private static void add(List<DatasetView.Row> rows, String key, String value) {
    if (value != null && !value.isBlank()) {
      rows.add(new DatasetView.Row(key, value));
    }
  }

  private static String localDate(Formats fmt, String isoDate) {
    if (isoDate == null) {
      return null;
    }
    try {
      return fmt.date(LocalDate.parse(isoDate));
    } catch (DateTimeParseException e) {
      return isoDate;
    }
  }
}
