package id.terbuka.imports.service;

import id.terbuka.catalog.service.GroupService;
import id.terbuka.identity.domain.Actor;
import id.terbuka.imports.domain.ColumnSpec;
import id.terbuka.imports.domain.ImportMessages;
import id.terbuka.imports.domain.ImportReport;
import id.terbuka.imports.domain.Problems;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a domain (budget, contracts, Dasa Wisma) adds to the shared import contract: its columns,
 * its problem texts, its checks and how an accepted file is written and published.
 *
 * @param <P> the file as checked and ready to write
 */
public interface ImportHandler<P> {
  /** The kind in reports and URLs: {@code budget}. */
  String kind();

  List<ColumnSpec> columns();

  ImportMessages messages();

  /**
   * Reads and checks the whole file, adding every problem to {@code problems}. Runs outside any
   * transaction and writes nothing. The result is used only when no error was found.
   */
  P prepare(ImportRequest request, Path file, Problems problems);

  /** The number of data rows read (the header not counted). */
  long rows(P prepared);

  /** What {@link #apply} would do to the stored rows (for a dry run). */
  ImportReport.Summary preview(P prepared);

  /** The datasets an accepted import of this file (re)generates, by name. */
  List<String> datasets(P prepared);

  /**
   * The organisation an import by {@code actor} is recorded under, when the domain decides itself
   * who may import (Dasa Wisma: cadres by region, not an organisation's editors). Empty keeps the
   * shared rule: an editor of the named organisation. May throw {@code
   * AuthenticationRequiredException} or {@code AccessDeniedException}.
   */
  default Optional<GroupService.Unit> importingOrganization(Actor actor) {
    return Optional.empty();
  }

  /**
   * Where the templates of this kind's file are downloaded, as paths below the context root (the
   * publisher's upload page links them, named by their extension). By default the XLSX and CSV
   * templates of {@code /api/v1/{kind}}.
   */
  default List<String> templatePaths() {
    return List.of("/api/v1/" + kind() + "/template.xlsx", "/api/v1/" + kind() + "/template.csv");
  }

  /**
   * Whether an accepted file is kept in the file store for audit (the shared rule). A domain whose
   * files may carry personal data beyond what it stores (names, NIK) answers false.
   */
  default boolean keepsAcceptedFile() {
    return true;
  }

  /**
   * Whether an accepted file of this kind publishes catalogue datasets, and so waits for the
   * walidata as one review item when its organisation has {@code review_required} (ADR 0016). Dasa
   * Wisma's household and target imports publish nothing themselves (the walidata's snapshot does),
   * so the default is no.
   */
  default boolean waitsForReview() {
    return false;
  }

  /**
   * Whether this kind's reports are seen by their sender only, accepted ones included (they may
   * quote personal data); otherwise the shared rule: accepted reports are public.
   */
  default boolean reportsPrivateToSender() {
    return false;
  }

  /**
   * Writes the checked file and publishes its datasets, inside the import's transaction. An {@code
   * InvalidInputException} (a dataset name owned by another organisation) rolls everything back and
   * rejects the file.
   */
  ImportReport.Summary apply(P prepared, ImportRequest request, String importId);
}
