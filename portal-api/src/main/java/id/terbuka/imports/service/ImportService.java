package id.terbuka.imports.service;

import id.terbuka.catalog.domain.DatasetAccess;
import id.terbuka.catalog.service.DatasetReviews;
import id.terbuka.catalog.service.GroupService;
import id.terbuka.identity.domain.Actor;
import id.terbuka.imports.domain.ImportCodes;
import id.terbuka.imports.domain.ImportProblem;
import id.terbuka.imports.domain.ImportReport;
import id.terbuka.imports.domain.ImportStatus;
import id.terbuka.imports.domain.Problems;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.AuthenticationRequiredException;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.TerbukaConfig;
import id.terbuka.storage.FileStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Runs one import through the shared contract (ADR 0012, {@code imports.md}): the sender must be
 * signed in and an editor of the importing organisation; the upload is kept in a temporary file;
 * the domain reads and checks every row; a file with any error is rejected whole; a dry run stops
 * there; an accepted file is written and published in one transaction together with its report.
 * Every attempt's report is kept in the history.
 */
@ApplicationScoped
public class ImportService {
  @Inject GroupService groups;
  @Inject ImportRecorder recorder;
  @Inject TerbukaConfig config;
  @Inject DatasetReviews reviews;
  @Inject FileStore files;

  /**
   * Imports one file.
   *
   * @param organizationRef the importing organisation's name or id; may be null when the sender
   *     edits exactly one organisation
   * @throws AuthenticationRequiredException for an anonymous sender (before anything is read)
   * @throws AccessDeniedException when the sender may not edit the organisation's datasets
   * @throws UploadTooLargeException when the file is over the upload limit
   */
  public <P> ImportReport run(
      ImportHandler<P> handler,
      Actor actor,
      String organizationRef,
      String fileName,
      InputStream content,
      boolean dryRun) {
    GroupService.Unit org =
        handler
            .importingOrganization(actor)
            .orElseGet(() -> importingOrganization(actor, organizationRef));
    Path file = null;
    try {
      file = Files.createTempFile(tempDir(), "import-", ".upload");
      String sha256 = UploadCopy.copy(content, file, config.maxUploadBytes());
      ImportRequest request = new ImportRequest(actor, org, fileName, dryRun);
      return checkAndApply(handler, request, file, sha256);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not keep the uploaded file", e);
    } finally {
      deleteQuietly(file);
    }
  }

  /** The organisation the import is for, after the permission check. */
  public GroupService.Unit importingOrganization(Actor actor, String organizationRef) {
    if (!actor.authenticated()) {
      throw new AuthenticationRequiredException(
          "Sign in with an API token (Authorization header) to import");
    }
    GroupService.Unit org =
        organizationRef == null || organizationRef.isBlank()
            ? onlyEditableOrganization(actor)
            : groups
                .activeOrganization(organizationRef.strip())
                .orElseThrow(
                    () ->
                        InvalidInputException.of(
                            "organization", "Organization " + organizationRef + " not found"));
    if (!DatasetAccess.canEdit(actor, org.id())) {
      throw new AccessDeniedException(
          "User " + actor.userName() + " may not import for organization " + org.name());
    }
    return org;
  }

  private GroupService.Unit onlyEditableOrganization(Actor actor) {
    List<String> editable =
        actor.capacities().keySet().stream()
            .filter(id -> DatasetAccess.canEdit(actor, id))
            .filter(id -> groups.activeOrganization(id).isPresent())
            .toList();
    if (editable.size() != 1) {
      throw InvalidInputException.of(
          "organization", "Name the importing organization (field organization)");
    }
    return groups.activeOrganization(editable.get(0)).orElseThrow();
  }

  private <P> ImportReport checkAndApply(
      ImportHandler<P> handler, ImportRequest request, Path file, String sha256) {
    Problems problems = new Problems();
    P prepared = handler.prepare(request, file, problems);
    long rows = handler.rows(prepared);
    ImportReport.SourceFile source = new ImportReport.SourceFile(request.fileName(), sha256, rows);
    String id = UUID.randomUUID().toString();
    if (problems.hasErrors()) {
      return recorder.recordAlone(
          report(handler, request, id, ImportStatus.REJECTED, source, null, problems, List.of()),
          request);
    }
    List<String> datasets = handler.datasets(prepared);
    if (request.dryRun()) {
      ImportReport.Summary summary = handler.preview(prepared);
      return recorder.recordAlone(
          report(handler, request, id, ImportStatus.DRY_RUN, source, summary, problems, datasets),
          request);
    }
    if (handler.waitsForReview()
        && reviews.mustWait(request.actor(), request.organization().id())) {
      ImportReport.Summary summary = handler.preview(prepared);
      return recorder.recordWaiting(
          report(
              handler,
              request,
              id,
              ImportStatus.MENUNGGU_VERIFIKASI,
              source,
              summary,
              problems,
              datasets),
          request,
          file);
    }
    return apply(handler, prepared, request, file, id, source, problems, datasets);
  }

  /**
   * Applies an import the walidata approved (ADR 0016), in the approval's transaction: the kept
   * file is read and checked again (the catalogue may have moved on since), then written and
   * published as the walidata; the report keeps its id and the producer who sent it.
   *
   * @throws InvalidInputException when the file no longer passes its checks: nothing changes, and
   *     the walidata can return it
   */
  public <P> ImportReport applyApproved(
      ImportHandler<P> handler, Actor walidata, ApprovedImport approved) {
    Path file = null;
    try {
      file = keptCopy(approved.sha256());
      ImportRequest request =
          new ImportRequest(walidata, approved.organization(), approved.fileName(), false);
      Problems problems = new Problems();
      P prepared = handler.prepare(request, file, problems);
      refuseIfProblems(problems);
      ImportReport.SourceFile source =
          new ImportReport.SourceFile(
              approved.fileName(), approved.sha256(), handler.rows(prepared));
      List<String> datasets = handler.datasets(prepared);
      return recorder.applyApproved(
          handler,
          prepared,
          request,
          approved.importId(),
          summary ->
              ImportReport.of(
                  approved.importId(),
                  handler.kind(),
                  ImportStatus.ACCEPTED,
                  source,
                  summary,
                  problems,
                  datasets,
                  approved.organization().name(),
                  Instant.now(),
                  approved.submittedBy()));
    } finally {
      deleteQuietly(file);
    }
  }

  /** A temporary copy of a kept file, for the handler, which reads a path. */
  private Path keptCopy(String sha256) {
    try {
      Path file = Files.createTempFile(tempDir(), "approved-", ".upload");
      try (InputStream in =
          files
              .open(sha256)
              .orElseThrow(() -> new IllegalStateException("Kept import file is missing"))) {
        Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the kept import file", e);
    }
  }

  /** A kept file that no longer passes its checks cannot be approved: the walidata returns it. */
  private static void refuseIfProblems(Problems problems) {
    if (problems.hasErrors()) {
      ImportProblem first = problems.errors().get(0);
      throw InvalidInputException.of(
          "import",
          "The kept file no longer passes its checks ("
              + problems.errorCount()
              + " problems; the first: row "
              + first.row()
              + ", column "
              + first.column()
              + ", "
              + first.code()
              + "); return it to the producer");
    }
  }

  /** What an approved import needs: the kept file, its organisation and who sent it. */
  public record ApprovedImport(
      String importId,
      GroupService.Unit organization,
      String fileName,
      String sha256,
      String submittedBy) {}

  /**
   * Writes and publishes in one transaction; a refusal there (a dataset name owned by another
   * organisation) rolls all of it back and becomes the file's problem.
   */
  private <P> ImportReport apply(
      ImportHandler<P> handler,
      P prepared,
      ImportRequest request,
      Path file,
      String id,
      ImportReport.SourceFile source,
      Problems problems,
      List<String> datasets) {
    try {
      return recorder.applyAndRecord(
          handler,
          prepared,
          request,
          file,
          summary ->
              report(
                  handler,
                  request,
                  id,
                  ImportStatus.ACCEPTED,
                  source,
                  summary,
                  problems,
                  datasets));
    } catch (InvalidInputException refused) {
      refused
          .errors()
          .values()
          .forEach(
              messages ->
                  messages.forEach(
                      m ->
                          problems.error(
                              ImportProblem.of(
                                  0, null, null, ImportCodes.PUBLICATION_REFUSED, m))));
      return recorder.recordAlone(
          report(handler, request, id, ImportStatus.REJECTED, source, null, problems, List.of()),
          request);
    }
  }

  private static ImportReport report(
      ImportHandler<?> handler,
      ImportRequest request,
      String id,
      ImportStatus status,
      ImportReport.SourceFile source,
      ImportReport.Summary summary,
      Problems problems,
      List<String> datasets) {
    return ImportReport.of(
        id,
        handler.kind(),
        status,
        source,
        summary == null ? ImportReport.Summary.NONE : summary,
        problems,
        datasets,
        request.organization().name(),
        Instant.now(),
        request.actor().userName());
  }

  private Path tempDir() throws IOException {
    Path dir = config.dataDir().resolve("tmp");
    Files.createDirectories(dir);
    return dir;
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // A leftover temporary file is harmless; the next clean-up of tmp/ removes it.
      }
    }
  }
}
