package id.terbuka.datastore.service;

import id.terbuka.catalog.domain.TableAccess;
import id.terbuka.catalog.service.ResourceService;
import id.terbuka.datastore.domain.DumpRequest;
import id.terbuka.datastore.domain.TableRef;
import id.terbuka.datastore.dump.DumpFormat;
import id.terbuka.datastore.persistence.TableDumps;
import id.terbuka.identity.domain.Actor;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.ObjectNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * DataStore dumps ({@code /datastore/dump/{resource_id}}): the whole table, or what the filters,
 * fields, sort, limit and offset select, streamed from PostgreSQL in constant memory ({@link
 * TableDumps}): CSV and TSV as PostgreSQL's {@code COPY} writes them, JSON, XML and XLSX from a
 * cursor.
 *
 * <p>As {@code datastore_search}: visibility first, then one read-only transaction that locks the
 * table's {@code datastore_table} row {@code FOR SHARE} (a reload waits until the dump ends, so the
 * column list and the rows belong together). No statement timeout: a dump of millions of rows takes
 * as long as the client reads. The response is opened only when the first rows are in hand, so a
 * filter value the column cannot hold is still a 400, not a broken file.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class DataStoreDump {
  /** Dumps running at once on a node; each holds a pooled connection for its whole length. */
  public static final int CONCURRENT = 8;

  private final Semaphore running = new Semaphore(CONCURRENT);

  @Inject ResourceService resources;
  @Inject TableDumps dumps;

  /** Where a dump goes, opened (headers sent) once nothing can fail with a status any more. */
  @FunctionalInterface
  public interface Target {
    OutputStream open(DumpFormat format, String resourceId, boolean privateData) throws IOException;
  }

  /** More dumps than {@link #CONCURRENT} at once: the caller should retry later. */
  public static class BusyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BusyException() {
      super("Too many dumps running; try again shortly");
    }
  }

  /**
   * Streams the dump into the target.
   *
   * @throws InvalidInputException a bad parameter, an unknown column, a value a column cannot hold
   * @throws ObjectNotFoundException no such resource, or no active table
   * @throws id.terbuka.shared.AccessDeniedException a private dataset the actor may not read
   * @throws BusyException too many dumps running
   * @throws IOException writing failed (after the target was opened: the file is incomplete)
   */
  public void dump(Actor actor, String resourceId, Map<String, Object> params, Target target)
      throws IOException {
    run(actor, resourceId, params, target, true);
  }

  /** Every check of {@link #dump}, then opens the target without reading rows (HEAD). */
  public void check(Actor actor, String resourceId, Map<String, Object> params, Target target)
      throws IOException {
    run(actor, resourceId, params, target, false);
  }

  private void run(
      Actor actor, String resourceId, Map<String, Object> params, Target target, boolean rows)
      throws IOException {
    DumpRequest request = DumpRequest.parse(resourceId, params);
    TableAccess access = resources.tableFor(actor, resourceId);
    Opening opening = new Opening(target, request.format(), access);
    if (!running.tryAcquire()) {
      throw new BusyException();
    }
    try {
      dumps.dump(TableRef.of(access), request, opening, rows);
    } finally {
      running.release();
    }
  }

  /** The target, opened at most once, remembering whether it was. */
  private static final class Opening implements TableDumps.Sink {
    private final Target target;
    private final DumpFormat format;
    private final TableAccess access;
    private boolean opened;

    Opening(Target target, DumpFormat format, TableAccess access) {
      this.target = target;
      this.format = format;
      this.access = access;
    }

    @Override
    public boolean opened() {
      return opened;
    }

    @Override
    public OutputStream open() throws IOException {
      if (opened) {
        throw new IllegalStateException("opened twice");
      }
      opened = true;
      return target.open(format, access.resourceId(), access.privateData());
    }
  }
}
