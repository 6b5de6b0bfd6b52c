package id.terbuka.catalog.service;

import id.terbuka.catalog.domain.Dataset;
import id.terbuka.catalog.domain.Resource;
import id.terbuka.catalog.domain.ResourceUploads;
import id.terbuka.catalog.domain.Upload;
import id.terbuka.catalog.persistence.DatasetRepository;
import id.terbuka.catalog.persistence.ResourceRepository;
import id.terbuka.identity.domain.Actor;
import id.terbuka.shared.FieldErrors;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Publishes a domain's generated dataset (ADR 0012): a dataset with a fixed name owned by the
 * importing organisation, whose generated resources are replaced by each accepted import that
 * changes them. A changed file becomes the resource's next file version (the earlier one stays
 * downloadable) and is loaded into the DataStore like any upload. Runs in the import's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class GeneratedDatasets {
  @Inject ReviewGate review;
  @Inject DatasetService datasets;
  @Inject DatasetRepository datasetRepo;
  @Inject ResourceRepository resourceRepo;
  @Inject ResourceFileAttacher attacher;
  @Inject id.terbuka.shared.TerbukaConfig config;

  /**
   * A new, empty directory under the data directory's {@code tmp/} for the files a publisher writes
   * before {@link #publish}; delete it with {@link #deleteWorkDirectory} afterwards.
   */
  public java.nio.file.Path workDirectory(String prefix) throws java.io.IOException {
    java.nio.file.Path root = config.dataDir().resolve("tmp");
    java.nio.file.Files.createDirectories(root);
    return java.nio.file.Files.createTempDirectory(root, prefix);
  }

  /** Deletes a {@link #workDirectory} and its files (null: nothing); leftovers are harmless. */
  public static void deleteWorkDirectory(java.nio.file.Path dir) {
    if (dir == null) {
      return;
    }
    try (var files = java.nio.file.Files.list(dir)) {
      for (java.nio.file.Path f : files.toList()) {
        java.nio.file.Files.deleteIfExists(f);
      }
      java.nio.file.Files.deleteIfExists(dir);
    } catch (java.io.IOException e) {
      // A leftover temporary file is harmless; the next start's tmp cleanup may take it.
    }
  }

  /**
   * What the dataset is: {@code dict} is a {@code package_create} dict (name, title, notes,
   * owner_org, licence, Satu Data fields, tags) used when the dataset does not exist yet; of an
   * existing dataset only the time coverage is updated, so that a publisher's edits to the
   * description stay.
   */
  public record DatasetSpec(
      String name,
      String ownerOrgId,
      Map<String, Object> dict,
      LocalDate coverageStart,
      LocalDate coverageEnd) {}

  /** One generated file; {@code name} identifies the resource across imports. */
  public record GeneratedFile(
      String name,
      String filename,
      String description,
      String format,
      String mimetype,
      Path file) {}

  /** What a publication did. */
  public record Outcome(String datasetId, String datasetName, boolean created, int filesChanged) {}

  /**
   * Creates or updates the dataset and its generated resources.
   *
   * @param generatedBy the import that produced the files ({@code budget:<id>}), kept on each
   *     resource it changed
   * @param cause recorded with the activity, e.g. {@code "import": {"id", "kind"}}
   * @throws InvalidInputException when the name belongs to a dataset of another organisation
   */
  public Outcome publish(
      Actor actor,
      DatasetSpec spec,
      List<GeneratedFile> files,
      String generatedBy,
      Map<String, Object> cause) {
    Optional<Dataset> found = datasetRepo.datasetForUpdate(spec.name());
    boolean created = found.isEmpty();
    Dataset d = found.orElseGet(() -> create(actor, spec));
    requireOwnedBy(d, spec);
    boolean coverageChanged = refreshCoverage(d, spec);
    List<Resource> changed = new ArrayList<>();
    for (GeneratedFile f : files) {
      attachIfChanged(d, f, generatedBy).ifPresent(changed::add);
    }
    if (created || coverageChanged || !changed.isEmpty() || !"active".equals(d.state)) {
      d.state = "active";
      review.publishedDirectly(d);
      // The publication log's entries (files, then the version) are appended by changed().
      datasets.changed(actor, d, "changed package", true, cause);
      changed.forEach(attacher::announce);
    }
    return new Outcome(d.id, d.name, created, changed.size());
  }

  private Dataset create(Actor actor, DatasetSpec spec) {
    Map<String, Object> dict = new LinkedHashMap<>(spec.dict());
    dict.put("name", spec.name());
    dict.put("owner_org", spec.ownerOrgId());
    dict.remove("resources");
    // Created as a draft and made active by publish() once its files are attached, so that the
    // dataset is published (and logged) once, with its files, not first empty.
    dict.put("state", "draft");
    String id = (String) datasets.create(actor, dict).get("id");
    return datasetRepo.datasetForUpdate(id).orElseThrow();
  }

  private static void requireOwnedBy(Dataset d, DatasetSpec spec) {
    if (!spec.ownerOrgId().equals(d.ownerOrgId())) {
      throw InvalidInputException.of(
          "name",
          "The dataset name "
              + spec.name()
              + " is already used by a dataset of another organisation; the import cannot"
              + " publish into it");
    }
  }

  private static boolean refreshCoverage(Dataset d, DatasetSpec spec) {
    boolean same =
        java.util.Objects.equals(d.cakupanWaktuMulai, spec.coverageStart())
            && java.util.Objects.equals(d.cakupanWaktuSelesai, spec.coverageEnd());
    d.cakupanWaktuMulai = spec.coverageStart();
    d.cakupanWaktuSelesai = spec.coverageEnd();
    return !same;
  }

  /** The resource if its file changed (or it is new); empty when the content is the same. */
  private Optional<Resource> attachIfChanged(Dataset d, GeneratedFile f, String generatedBy) {
    Resource r =
        d.resources.stream()
            .filter(x -> x.generatedBy != null && f.name().equals(x.name))
            .findFirst()
            .orElse(null);
    String sha256 = sha256(f.file());
    if (r != null && sha256.equals(ResourceUploads.storedSha256(r))) {
      return Optional.empty();
    }
    if (r == null) {
      r = new Resource(UUID.randomUUID().toString(), d, Timestamps.now());
      r.name = f.name();
      r.position = d.resources.size();
      d.resources.add(r);
      resourceRepo.add(r);
    }
    r.description = f.description();
    r.format = f.format();
    r.mimetype = f.mimetype();
    r.generatedBy = generatedBy;
    r.metadataModified = Timestamps.now();
    FieldErrors errors = new FieldErrors();
    try (InputStream in = Files.newInputStream(f.file())) {
      attacher.attach(r, new Upload(f.filename(), f.mimetype(), in), Long.MAX_VALUE, errors);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the generated file " + f.file(), e);
    }
    errors.throwIfAny();
    return Optional.of(r);
  }

  private static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        md.update(buffer, 0, n);
      }
      return java.util.HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
