package id.terbuka.imports.service;

import id.terbuka.audit.chain.EventType;
import id.terbuka.audit.chain.LogEvent;
import id.terbuka.audit.chain.Subject;
import id.terbuka.audit.service.PublicationLog;
import id.terbuka.catalog.service.DatasetReviews;
import id.terbuka.imports.domain.ImportReport;
import id.terbuka.imports.persistence.ImportRuns;
import id.terbuka.storage.DeleteOnRollback;
import id.terbuka.storage.FileStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The transactions of an import: a report kept on its own (rejected files and dry runs), or the
 * domain's writes, its publication, the kept file and the report in one transaction, so that a
 * failure or a killed process leaves nothing of an accepted import visible.
 */
@ApplicationScoped
public class ImportRecorder {
  @Inject ImportRuns runs;
  @Inject FileStore files;
  @Inject DeleteOnRollback deleteOnRollback;
  @Inject PublicationLog publicationLog;
  @Inject DatasetReviews reviews;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public ImportReport recordAlone(ImportReport report, ImportRequest request) {
    store(report, request, null);
    return report;
  }

  /**
   * Applies the checked file and keeps it with its report, all in one transaction.
   *
   * @param reportFor the report, given the summary of what was written
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public <P> ImportReport applyAndRecord(
      ImportHandler<P> handler,
      P prepared,
      ImportRequest request,
      Path file,
      Function<ImportReport.Summary, ImportReport> reportFor) {
    String sha256 = handler.keepsAcceptedFile() ? keep(file) : null;
    // The report row first: the domain's rows refer to the import that wrote them.
    ImportReport pending = reportFor.apply(ImportReport.Summary.NONE);
    store(pending, request, sha256);
    ImportReport.Summary summary = handler.apply(prepared, request, pending.id());
    ImportReport report = reportFor.apply(summary);
    runs.updateReport(report.id(), report.toJson());
    logAccepted(report, request, handler.reportsPrivateToSender());
    return report;
  }

  /**
   * Keeps a checked file that waits for the walidata (ADR 0016): its report (status {@code
   * menunggu_verifikasi}), the file itself and the review item, in one transaction; nothing is
   * written to the domain's tables and nothing is published.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public ImportReport recordWaiting(ImportReport report, ImportRequest request, Path file) {
    String sha256 = keep(file);
    store(report, request, sha256);
    Map<String, Object> stored = new LinkedHashMap<>();
    stored.put("import_id", report.id());
    stored.put("file_name", report.file().name());
    stored.put("file_sha256", sha256);
    stored.put("rows", report.file().rows());
    stored.put("datasets", report.datasets());
    reviews.submitImport(
        request.actor(),
        request.organization().id(),
        report.kind(),
        report.kind() + ": " + report.file().name(),
        stored);
    return report;
  }

  /**
   * Applies an approved import in the approval's transaction: the domain's writes and publication,
   * the run's final report, the log's entry; a failure rolls back the approval with it.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public <P> ImportReport applyApproved(
      ImportHandler<P> handler,
      P prepared,
      ImportRequest request,
      String importId,
      Function<ImportReport.Summary, ImportReport> reportFor) {
    ImportReport report = reportFor.apply(handler.apply(prepared, request, importId));
    runs.approved(importId, report.toJson());
    logAccepted(report, request, handler.reportsPrivateToSender());
    return report;
  }

  /**
   * The accepted import's entry in the publication log, in this same transaction. A kind whose
   * reports are its sender's alone (household rows) is named by its kind, not by the file's name: a
   * cadre may name a file after a family, and the log is public and never edited.
   */
  private void logAccepted(ImportReport report, ImportRequest request, boolean privateReport) {
    String actor = request.actor().userName();
    String name = privateReport ? report.kind() : report.file().name();
    publicationLog.append(
        new LogEvent(
            EventType.IMPORT_ACCEPTED,
            actor == null || actor.isEmpty() ? "system" : actor,
            new Subject("import", report.id(), name),
            report.file().sha256(),
            Map.of("kind", report.kind(), "organization", request.organization().name())));
  }

  private void store(ImportReport report, ImportRequest request, String keptSha256) {
    runs.add(
        new ImportRuns.StoredRun(
            report.id(),
            report.kind(),
            request.organization().id(),
            request.actor().userId().orElse(null),
            report.status().json(),
            LocalDateTime.ofInstant(report.created(), ZoneOffset.UTC),
            report.toJson()),
        report.file().name(),
        keptSha256 != null ? keptSha256 : report.file().sha256(),
        report.file().rows());
  }

  /** Keeps the accepted file in the content-addressed store, removed again on rollback. */
  private String keep(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      FileStore.StoredFile stored = files.put(in, Long.MAX_VALUE);
      if (!runs.fileKept(stored.sha256())) {
        deleteOnRollback.register(stored.sha256());
      }
      return stored.sha256();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not keep the imported file", e);
    }
  }
}
