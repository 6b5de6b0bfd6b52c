package id.terbuka.web;

import id.terbuka.contracts.domain.StoredRelease;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A process's timeline from its compiled release: plan, tender, award, contract and implementation,
 * each with its dates and amounts as published, and the amendments and payments in order. Dates are
 * shown as days in WIB; a stage without data is marked as not reached.
 */
final class ContractTimeline {
  private final PageContext ctx;

  ContractTimeline(PageContext ctx) {
    this.ctx = ctx;
  }

  List<ContractView.Stage> stages(JsonNode compiled, List<StoredRelease> releases) {
    return List.of(
        planning(compiled.path("planning"), releases),
        tender(compiled.path("tender")),
        awards(compiled.path("awards")),
        contracts(compiled.path("contracts")),
        implementation(compiled.path("contracts")));
  }

  private ContractView.Stage planning(JsonNode planning, List<StoredRelease> releases) {
    List<ContractView.Entry> entries = new ArrayList<>();
    releases.stream()
        .filter(r -> r.tags().contains("planning"))
        .findFirst()
        .ifPresent(r -> entries.add(text("planning.date", ctx.fmt().date(r.date()))));
    JsonNode budget = planning.path("budget");
    amount(budget.path("amount")).ifPresent(a -> entries.add(amount("planning.pagu", a)));
    String account = budget.path("id").asString("");
    if (!account.isEmpty()) {
      entries.add(text("planning.account", account));
    }
    return new ContractView.Stage(
        "planning", !planning.isMissingNode() && !planning.isEmpty(), entries, List.of());
  }

  private ContractView.Stage tender(JsonNode tender) {
    List<ContractView.Entry> entries = new ArrayList<>();
    boolean reached =
        tender.has("tenderPeriod") || tender.has("value") || tender.has("numberOfTenderers");
    if (!reached) {
      return new ContractView.Stage("tender", false, entries, List.of());
    }
    String status = tender.path("status").asString("");
    if (!status.isEmpty()) {
      entries.add(text("status", ContractLabels.label(ctx, "status", status)));
    }
    JsonNode period = tender.path("tenderPeriod");
    date(period.path("startDate")).ifPresent(d -> entries.add(text("tender.start", d)));
    date(period.path("endDate")).ifPresent(d -> entries.add(text("tender.end", d)));
    if (tender.path("numberOfTenderers").isNumber()) {
      entries.add(
          text("tender.tenderers", ctx.fmt().number(tender.path("numberOfTenderers").asLong())));
    }
    amount(tender.path("value")).ifPresent(a -> entries.add(amount("tender.hps", a)));
    return new ContractView.Stage("tender", true, entries, amendments(tender.path("amendments")));
  }

  private ContractView.Stage awards(JsonNode awards) {
    List<ContractView.Entry> entries = new ArrayList<>();
    for (JsonNode award : awards) {
      List<String> names = new ArrayList<>();
      award.path("suppliers").forEach(s -> names.add(s.path("name").asString("")));
      if (!names.isEmpty()) {
        entries.add(text("award.suppliers", String.join(", ", names)));
      }
      String status = award.path("status").asString("");
      if (!status.isEmpty()) {
        entries.add(text("status", ContractLabels.label(ctx, "status", status)));
      }
      date(award.path("date")).ifPresent(d -> entries.add(text("award.date", d)));
      amount(award.path("value")).ifPresent(a -> entries.add(amount("award.value", a)));
    }
    return new ContractView.Stage("award", !awards.isEmpty(), entries, List.of());
  }

  private ContractView.Stage contracts(JsonNode contracts) {
    List<ContractView.Entry> entries = new ArrayList<>();
    List<ContractView.Change> changes = new ArrayList<>();
    for (JsonNode contract : contracts) {
      String id = contract.path("id").asString("");
      if (!id.isEmpty()) {
        entries.add(text("contract.id", id));
      }
      String status = contract.path("status").asString("");
      if (!status.isEmpty()) {
        entries.add(text("status", ContractLabels.label(ctx, "status", status)));
      }
      date(contract.path("dateSigned")).ifPresent(d -> entries.add(text("contract.signed", d)));
      JsonNode period = contract.path("period");
      date(period.path("startDate")).ifPresent(d -> entries.add(text("contract.start", d)));
      date(period.path("endDate")).ifPresent(d -> entries.add(text("contract.end", d)));
      amount(contract.path("value")).ifPresent(a -> entries.add(amount("contract.value", a)));
      changes.addAll(amendments(contract.path("amendments")));
    }
    return new ContractView.Stage("contract", !contracts.isEmpty(), entries, changes);
  }

  private ContractView.Stage implementation(JsonNode contracts) {
    List<ContractView.Change> payments = new ArrayList<>();
    BigDecimal paid = BigDecimal.ZERO;
    for (JsonNode contract : contracts) {
      for (JsonNode t : contract.path("implementation").path("transactions")) {
        BigDecimal a = amount(t.path("value")).orElse(null);
        if (a != null) {
          paid = paid.add(a);
        }
        payments.add(
            new ContractView.Change(
                date(t.path("date")).orElse(""), ctx.t("contracts.stage.payment"), a));
      }
    }
    List<ContractView.Entry> entries =
        payments.isEmpty() ? List.of() : List.of(amount("implementation.paid", paid));
    return new ContractView.Stage("implementation", !payments.isEmpty(), entries, payments);
  }

  /** The sum of a process's payments, if it has any. */
  static Optional<BigDecimal> paid(JsonNode compiled) {
    BigDecimal paid = null;
    for (JsonNode contract : compiled.path("contracts")) {
      for (JsonNode t : contract.path("implementation").path("transactions")) {
        BigDecimal a = amount(t.path("value")).orElse(null);
        if (a != null) {
          paid = paid == null ? a : paid.add(a);
        }
      }
    }
    return Optional.ofNullable(paid);
  }

  private List<ContractView.Change> amendments(JsonNode amendments) {
    List<ContractView.Change> changes = new ArrayList<>();
    for (JsonNode a : amendments) {
      String text = a.path("description").asString("");
      String rationale = a.path("rationale").asString("");
      if (!rationale.isEmpty()) {
        text = text.isEmpty() ? rationale : text + " — " + rationale;
      }
      changes.add(
          new ContractView.Change(
              date(a.path("date")).orElse(""),
              ctx.t("contracts.stage.amendment") + (text.isEmpty() ? "" : ": " + text),
              null));
    }
    return changes;
  }

  private ContractView.Entry text(String key, String text) {
    return ContractView.Entry.text(ctx.t("contracts.fact." + key), text);
  }

  private ContractView.Entry amount(String key, BigDecimal amount) {
    return ContractView.Entry.amount(ctx.t("contracts.fact." + key), amount);
  }

  /** An OCDS date-time as a WIB day; empty when missing or unreadable. */
  private Optional<String> date(JsonNode node) {
    if (!node.isString() || node.asString().isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ctx.fmt().date(OffsetDateTime.parse(node.asString()).toInstant()));
    } catch (DateTimeParseException e) {
      return Optional.of(node.asString());
    }
  }

  /** The amount of a Value object ({@code {"amount": .., "currency": ..}}) or of a number. */
  static Optional<BigDecimal> amount(JsonNode valueOrAmount) {
    JsonNode n = valueOrAmount.isObject() ? valueOrAmount.path("amount") : valueOrAmount;
    return n.isNumber() ? Optional.of(n.decimalValue()) : Optional.empty();
  }
}
