package id.terbuka.web;

import id.terbuka.contracts.domain.ProcessSummary;
import id.terbuka.contracts.domain.StoredRelease;
import id.terbuka.contracts.service.ContractQueries;
import id.terbuka.shared.ObjectNotFoundException;
import id.terbuka.web.i18n.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import tools.jackson.databind.JsonNode;

/**
 * {@code /kontrak/{ocid}} (issue 11, item 9): one process from {@link ContractQueries} (its
 * compiled release, flags and releases), as a summary, a timeline ({@link ContractTimeline}),
 * parties, documents, red flags with their explanations and the OCDS downloads. An ocid the portal
 * does not hold is the 404 page ({@link Router} already refused a malformed one).
 */
@ApplicationScoped
public class ContractProcessPage {
  @Inject ContractQueries queries;

  public View render(PageContext ctx, String ocid) {
    ContractQueries.Process p =
        queries.process(ocid).orElseThrow(() -> new ObjectNotFoundException("No such process"));
    JsonNode compiled = p.compiled();
    ProcessSummary s = ProcessSummary.of(compiled);
    String api = "/api/v1/ocds/";
    ContractView view =
        new ContractView(
            p.ocid(),
            s.title().isEmpty() ? p.ocid() : s.title(),
            s.description(),
            s.buyerName(),
            ContractLabels.label(ctx, "method", s.method()),
            s.methodDetails(),
            ContractLabels.label(ctx, "category", s.category()),
            ContractLabels.label(ctx, "status", s.status()),
            p.year(),
            figures(ctx, s, ContractTimeline.paid(compiled)),
            new ContractTimeline(ctx).stages(compiled, p.releases()),
            parties(ctx, compiled.path("parties")),
            documents(ctx, compiled),
            flags(ctx, p),
            releases(ctx, p.releases()),
            new ContractView.Downloads(
                ctx.url(api + "releases/" + p.ocid()),
                ctx.url(api + "records/" + p.ocid()),
                ctx.url(api + "records/" + p.ocid() + "?versioned=true")));
    return View.of("contract.jte", view);
  }

  private static List<ContractView.Entry> figures(
      PageContext ctx, ProcessSummary s, Optional<BigDecimal> paid) {
    List<ContractView.Entry> figures = new ArrayList<>();
    add(ctx, figures, "planning.pagu", s.budget());
    add(ctx, figures, "tender.hps", s.estimate());
    add(ctx, figures, "award.value", s.awardValue());
    add(ctx, figures, "contract.value", s.contractValue());
    add(ctx, figures, "implementation.paid", paid);
    return figures;
  }

  private static void add(
      PageContext ctx, List<ContractView.Entry> figures, String key, Optional<BigDecimal> a) {
    a.ifPresent(v -> figures.add(ContractView.Entry.amount(ctx.t("contracts.fact." + key), v)));
  }

  /** The parties as published: an identifier only when the data gives one. */
  private static List<ContractView.Party> parties(PageContext ctx, JsonNode parties) {
    List<ContractView.Party> out = new ArrayList<>();
    for (JsonNode party : parties) {
      StringJoiner roles = new StringJoiner(", ");
      party
          .path("roles")
          .forEach(r -> roles.add(ContractLabels.label(ctx, "role", r.asString(""))));
      JsonNode identifier = party.path("identifier");
      String id = identifier.path("id").asString("");
      String scheme = identifier.path("scheme").asString("");
      out.add(
          new ContractView.Party(
              party.path("name").asString(party.path("id").asString("")),
              roles.toString(),
              id.isEmpty() ? null : (scheme.isEmpty() ? id : scheme + " " + id)));
    }
    return out;
  }

  /** The documents of every stage, in stage order. */
  private static List<ContractView.Document> documents(PageContext ctx, JsonNode compiled) {
    List<JsonNode> lists = new ArrayList<>();
    lists.add(compiled.path("planning").path("documents"));
    lists.add(compiled.path("tender").path("documents"));
    compiled.path("awards").forEach(a -> lists.add(a.path("documents")));
    for (JsonNode c : compiled.path("contracts")) {
      lists.add(c.path("documents"));
      lists.add(c.path("implementation").path("documents"));
    }
    List<ContractView.Document> out = new ArrayList<>();
    for (JsonNode list : lists) {
      for (JsonNode d : list) {
        String url = d.path("url").asString("");
        String title = d.path("title").asString(d.path("id").asString(""));
        out.add(
            new ContractView.Document(
                title.isEmpty() ? url : title,
                !url.isEmpty() && SafeUrls.allowed(url) ? url : null,
                d.path("documentType").asString(""),
                day(ctx, d.path("datePublished").asString(""))));
      }
    }
    return out;
  }

  /** The flags raised, each with the explanation stored with it in the reader's language. */
  private static List<ContractView.Flag> flags(PageContext ctx, ContractQueries.Process p) {
    String lang = ctx.language() == Language.ID ? "id" : "en";
    List<ContractView.Flag> out = new ArrayList<>();
    for (String flag : p.flags() == null ? List.<String>of() : p.flags()) {
      String explanation = "";
      if (p.flagNotes() != null) {
        for (JsonNode note : p.flagNotes()) {
          if (flag.equals(note.path("flag").asString(""))) {
            explanation = note.path(lang).asString("");
          }
        }
      }
      out.add(new ContractView.Flag(flag, ContractLabels.label(ctx, "flag", flag), explanation));
    }
    return out;
  }

  private static List<ContractView.Release> releases(
      PageContext ctx, List<StoredRelease> releases) {
    List<ContractView.Release> out = new ArrayList<>();
    for (StoredRelease r : releases) {
      StringJoiner tags = new StringJoiner(", ");
      r.tags().forEach(t -> tags.add(ContractLabels.label(ctx, "tag", t)));
      out.add(
          new ContractView.Release(ctx.fmt().dateTime(r.date()), tags.toString(), r.releaseId()));
    }
    return out;
  }

  private static String day(PageContext ctx, String dateTime) {
    if (dateTime.isBlank()) {
      return "";
    }
    try {
      return ctx.fmt().date(OffsetDateTime.parse(dateTime).toInstant());
    } catch (DateTimeParseException e) {
      return dateTime;
    }
  }
}
