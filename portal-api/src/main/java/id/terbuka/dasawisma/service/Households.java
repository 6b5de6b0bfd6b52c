package id.terbuka.dasawisma.service;

import id.terbuka.dasawisma.domain.Household;
import id.terbuka.dasawisma.domain.HouseholdColumns;
import id.terbuka.dasawisma.domain.HouseholdContent;
import id.terbuka.dasawisma.domain.HouseholdKey;
import id.terbuka.dasawisma.domain.HouseholdRowParser;
import id.terbuka.dasawisma.persistence.HouseholdStore;
import id.terbuka.identity.domain.Actor;
import id.terbuka.imports.domain.ImportProblem;
import id.terbuka.imports.domain.ImportRow;
import id.terbuka.imports.domain.Problems;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.ObjectNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One household at a time, for the cadre's form (issue 12, item 3): read her desa's households,
 * enter or correct one (the same checks as a workbook row), remove one with a reason. Every call
 * checks that the actor is a cadre of the household's desa.
 */
@ApplicationScoped
@Transactional
public class Households {
  /** A removal's reason is required, and short. */
  public static final int MAX_REASON = 500;

  @Inject HouseholdStore store;
  @Inject RegencyRegions regions;
  @Inject DasaWismaAccess access;

  /** What saving a form did. */
  public enum Outcome {
    INSERTED,
    REPLACED,
    UNCHANGED;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * A form's result: the household saved, or the problems found (nothing saved).
   *
   * @param problems errors located by column (row 0)
   */
  public record Saved(
      Optional<Household> household, Outcome outcome, List<ImportProblem> problems) {
    public boolean accepted() {
      return household.isPresent();
    }
  }

  /** The current households of a desa in a year, in key order. */
  public List<Household> list(Actor actor, int tahun, String kodeDesa) {
    access.requireCadre(actor, kodeDesa);
    return store.currentIn(tahun, kodeDesa);
  }

  /** One current household of the actor's desa. */
  public Household find(Actor actor, HouseholdKey key) {
    access.requireCadre(actor, key.kodeDesa());
    return store.current(key).orElseThrow(() -> new ObjectNotFoundException("Household not found"));
  }

  /**
   * Enters or corrects one household from the form's cells (the import's column names). A household
   * the cadre removed earlier comes back: entering it through the form is her explicit act.
   */
  public Saved save(Actor actor, Map<String, String> cells) {
    access.requireAnyCadre(actor);
    Problems problems = new Problems();
    HouseholdRowParser parser =
        new HouseholdRowParser(regions.regions(), Year.now(DasaWismaSettings.ZONE).getValue());
    Optional<Household> parsed = parser.parse(formRow(cells), problems);
    if (parsed.isEmpty()) {
      return new Saved(Optional.empty(), Outcome.UNCHANGED, problems.errors());
    }
    Household h = parsed.get();
    access.requireCadre(actor, h.key().kodeDesa());
    Optional<HouseholdStore.Latest> latest =
        Optional.ofNullable(
            store.latest(h.key().tahun(), List.of(h.key().kodeDesa())).get(h.key()));
    String hash = HouseholdContent.hash(h);
    if (latest.isPresent() && !latest.get().removed() && latest.get().contentHash().equals(hash)) {
      return new Saved(parsed, Outcome.UNCHANGED, List.of());
    }
    int version = latest.map(l -> l.version() + 1).orElse(1);
    store.write(
        List.of(new HouseholdStore.NewVersion(h, version, hash)),
        new HouseholdStore.Origin(Instant.now(), actor.userId().orElseThrow(), null));
    Outcome outcome =
        latest.isPresent() && !latest.get().removed() ? Outcome.REPLACED : Outcome.INSERTED;
    return new Saved(parsed, outcome, List.of());
  }

  /** Removes a household of the actor's desa, with her reason. */
  public void remove(Actor actor, HouseholdKey key, String reason) {
    access.requireCadre(actor, key.kodeDesa());
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw InvalidInputException.of("reason", "Missing value: say why the household is removed");
    }
    if (why.length() > MAX_REASON) {
      throw InvalidInputException.of("reason", "At most " + MAX_REASON + " characters");
    }
    if (!store.remove(key, actor.userId().orElseThrow(), why, Instant.now())) {
      throw new ObjectNotFoundException("Household not found");
    }
  }

  /** The form's fields as a row of the import format (known columns only, trimmed). */
  private static ImportRow formRow(Map<String, String> cells) {
    Map<String, String> known = new LinkedHashMap<>();
    Map<String, String> headers = new LinkedHashMap<>();
    for (String column : HouseholdColumns.names()) {
      String value = cells.get(column);
      known.put(column, value == null ? "" : value.strip());
      headers.put(column, column);
    }
    return new ImportRow(0, known, headers, false);
  }
}
