package id.terbuka.datastore.service;

import id.terbuka.datastore.domain.LoadJob;
import id.terbuka.datastore.domain.LoadStats;
import id.terbuka.datastore.domain.TableField;
import id.terbuka.datastore.load.Column;
import id.terbuka.datastore.load.LoadError;
import id.terbuka.datastore.load.Sample;
import id.terbuka.datastore.load.SpeculationFailed;
import id.terbuka.datastore.load.TableFile;
import id.terbuka.datastore.load.TableInspector;
import id.terbuka.datastore.load.TableLoadException;
import id.terbuka.datastore.load.TableSchema;
import id.terbuka.datastore.persistence.LoadingTables;
import id.terbuka.storage.FileStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads one claimed job: inspects the file (every problem found before any table exists), has
 * {@link LoadingTables} create {@code datastore."<id>__loading"} and stream the rows into it, then
 * asks {@link LoadTransitions#publish} to swap it in. Whatever fails, the loading table is dropped
 * and the job marked failed with the reasons; the uploaded file itself is never touched.
 */
@ApplicationScoped
public class TableLoader {
  private static final Logger LOG = Logger.getLogger(TableLoader.class.getName());

  /**
   * Rows whose types decide a table's before its single loading pass; the rest is checked while it
   * streams, and a contradiction (rare in an office's export) costs a full inspection and a second
   * pass.
   */
  static final long SAMPLE_ROWS = 20_000;

  @Inject FileStore files;
  @Inject LoadTransitions jobs;
  @Inject LoadingTables loadingTables;

  public void load(LoadJob job) {
    Path copy = null;
    try {
      Path path = files.localPath(job.sha256()).orElse(null);
      if (path == null) {
        copy = localCopy(job.sha256());
        path = copy;
      }
      Map<String, Object> stats = new LinkedHashMap<>();
      Loaded loaded = inspectAndCopy(job, path, stats);
      if (!jobs.publish(job, loaded.fields(), loaded.rows(), stats)) {
        LOG.fine(() -> "Load of " + job.resourceId() + " superseded; result dropped");
        loadingTables.drop(job);
      }
    } catch (TableLoadException e) {
      loadingTables.drop(job);
      jobs.fail(job, e.errors(), e.total());
    } catch (IOException | RuntimeException e) {
      String incident = UUID.randomUUID().toString();
      LOG.log(
          Level.WARNING, "DataStore load of " + job.resourceId() + " failed (" + incident + ")", e);
      loadingTables.drop(job);
      jobs.fail(job, List.of(unexpected(incident)), 1);
    } finally {
      deleteQuietly(copy);
    }
  }

  /** The columns and row count of a table copied into its loading table. */
  private record Loaded(List<TableField> fields, long rows) {}

  /**
   * Types from a sample, then one COPY pass; when a later row contradicts the sample, the whole
   * file is inspected and copied again. Each phase's time goes to {@code stats}.
   */
  private Loaded inspectAndCopy(LoadJob job, Path path, Map<String, Object> stats)
      throws IOException {
    long start = System.nanoTime();
    TableFile file = TableFile.detect(path);
    Sample sample = sampleOrInspect(file, job);
    start = LoadStats.lap(stats, "inspect_ms", start);
    TableSchema schema = sample.schema();
    List<TableField> fields = fields(schema);
    long rows;
    try {
      rows = loadingTables.copyInto(job, file, sample, fields, stats, start);
    } catch (SpeculationFailed | TableLoadException e) {
      if (sample.complete()) {
        throw e;
      }
      // A later row does not fit the sampled types (or the file has a problem past the
      // sample): inspect the whole file, which reports every problem, and load it again.
      LOG.fine(() -> "Sampled types of " + job.resourceId() + " did not hold: " + e.getMessage());
      loadingTables.drop(job);
      start = System.nanoTime();
      schema = TableInspector.inspect(file, job.typeOverrides());
      start = LoadStats.lap(stats, "second_inspect_ms", start);
      fields = fields(schema);
      rows =
          loadingTables.copyInto(
              job, file, new Sample(schema, true, List.of()), fields, stats, start);
    }
    return new Loaded(fields, rows);
  }

  /**
   * The types from the first {@link #SAMPLE_ROWS} rows; problems found there are reported for the
   * whole file (a full inspection lists them all).
   */
  private static Sample sampleOrInspect(TableFile file, LoadJob job) throws IOException {
    try {
      return TableInspector.sample(file, job.typeOverrides(), SAMPLE_ROWS);
    } catch (TableLoadException e) {
      TableSchema full = TableInspector.inspect(file, job.typeOverrides());
      // Unreachable in practice: the sample's problems are the file's too.
      return new Sample(full, true, List.of());
    }
  }

  private static List<TableField> fields(TableSchema schema) {
    List<TableField> fields = new ArrayList<>();
    for (Column c : schema.columns()) {
      fields.add(new TableField(c.name(), c.type().postgresName()));
    }
    return fields;
  }

  /** For a store without local files: one temporary copy serves both passes. */
  private Path localCopy(String sha256) throws IOException {
    InputStream in =
        files
            .open(sha256)
            .orElseThrow(
                () ->
                    new TableLoadException(
                        List.of(new LoadError(0, null, "The uploaded file is missing")), 1));
    Path tmp = Files.createTempFile("terbuka-load-", ".tmp");
    try (in) {
      Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      deleteQuietly(tmp);
      throw e;
    }
    return tmp;
  }

  private static LoadError unexpected(String incident) {
    return new LoadError(
        0,
        null,
        "The table could not be loaded because of a server problem (incident "
            + incident
            + "); the file itself can still be downloaded");
  }

  private static void deleteQuietly(Path p) {
    if (p == null) {
      return;
    }
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      LOG.log(Level.FINE, "Could not delete " + p, e);
    }
  }
}
