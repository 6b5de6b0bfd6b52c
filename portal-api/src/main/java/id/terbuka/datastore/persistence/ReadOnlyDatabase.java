package id.terbuka.datastore.persistence;

import id.terbuka.shared.TerbukaConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Connections as the read-only role ({@code terbuka.db.readonly.user}/{@code .password}) to the
 * application's database ({@code terbuka.db.url}), for {@code datastore_search_sql} only. A small
 * pool of its own: at most {@value #MAX_CONNECTIONS} queries run at once, so public SQL cannot take
 * the connections the rest of the portal needs.
 *
 * <p>Every new connection is checked before use: a role that is a superuser, can read or write a
 * catalogue table, or can write in schema {@code datastore} is refused (an operator who configured
 * the application's own user here gets an error, not a silent loss of the read-only fence). When
 * the role is not configured, {@link #enabled()} is false and nothing connects: there is no
 * fallback to the application's role.
 */
@ApplicationScoped
public class ReadOnlyDatabase {
  private static final Logger LOG = Logger.getLogger(ReadOnlyDatabase.class.getName());
  public static final int MAX_CONNECTIONS = 4;

  /** Is this role safe to run callers' SQL? Null when it is, else why not. */
  private static final String ROLE_CHECK =
      """
      select case
        when r.rolsuper or r.rolbypassrls then 'it is a superuser or bypasses row security'
        when exists (
          select 1 from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname not in ('pg_catalog', 'information_schema', 'datastore')
            and n.nspname not like 'pg\\_%'
            and c.relkind in ('r', 'v', 'm', 'p', 'f')
            and has_table_privilege(c.oid, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE'))
          then 'it has rights on catalogue tables'
        when exists (
          select 1 from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'datastore' and c.relkind in ('r', 'p')
            and has_table_privilege(c.oid, 'INSERT, UPDATE, DELETE, TRUNCATE'))
          then 'it can write DataStore tables'
        when has_schema_privilege('datastore', 'CREATE') then 'it can create tables in datastore'
        else null end
      from pg_roles r where r.rolname = current_user
      """;

  @Inject TerbukaConfig config;

  private final Semaphore permits = new Semaphore(MAX_CONNECTIONS, true);
  private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
  private volatile PGSimpleDataSource source;

  /** Whether a read-only role is configured (else {@code datastore_search_sql} is off). */
  public boolean enabled() {
    return config.dbReadonlyUser().isPresent() && config.dbUrl().isPresent();
  }

  /** A connection lent to one query; closing the lease returns it. */
  public final class Lease implements AutoCloseable {
    private final Connection connection;
    private boolean broken;

    private Lease(Connection connection) {
      this.connection = connection;
    }

    public Connection connection() {
      return connection;
    }

    /** The connection is in an unknown state: close it instead of reusing it. */
    public void discard() {
      broken = true;
    }

    @Override
    public void close() {
      try {
        if (!broken && !connection.isClosed()) {
          connection.rollback();
          connection.setAutoCommit(true);
          idle.push(connection);
          return;
        }
      } catch (SQLException e) {
        LOG.log(Level.FINE, "read-only connection not reusable", e);
      } finally {
        permits.release();
      }
      closeQuietly(connection);
    }
  }

  /**
   * Borrows a connection, waiting up to {@code waitMs} for a free one.
   *
   * @throws BusyException when all connections stay busy
   * @throws UnsafeRoleException when the configured role is not read-only
   */
  public Lease lease(long waitMs) throws SQLException {
    if (!enabled()) {
      throw new IllegalStateException("no read-only role configured");
    }
    try {
      if (!permits.tryAcquire(waitMs, TimeUnit.MILLISECONDS)) {
        throw new BusyException();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BusyException();
    }
    try {
      Connection c;
      while ((c = idle.poll()) != null) {
        if (c.isValid(2)) {
          return new Lease(c);
        }
        closeQuietly(c);
      }
      return new Lease(open());
    } catch (SQLException | RuntimeException e) {
      permits.release();
      throw e;
    }
  }

  private Connection open() throws SQLException {
    Connection c = source().getConnection();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(ROLE_CHECK)) {
      String problem = rs.next() ? rs.getString(1) : "the role is unknown";
      if (problem != null) {
        LOG.severe(
            "datastore_search_sql is off: the configured read-only role "
                + config.dbReadonlyUser().orElse("")
                + " is not read-only ("
                + problem
                + "); see docs/operations.md");
        throw new UnsafeRoleException();
      }
    } catch (SQLException | RuntimeException e) {
      closeQuietly(c);
      throw e;
    }
    return c;
  }

  private PGSimpleDataSource source() {
    PGSimpleDataSource s = source;
    if (s == null) {
      synchronized (this) {
        if (source == null) {
          PGSimpleDataSource d = new PGSimpleDataSource();
          d.setURL(config.dbUrl().orElseThrow());
          // After the URL, which may carry the application's user: these win.
          d.setUser(config.dbReadonlyUser().orElseThrow());
          d.setPassword(config.dbReadonlyPassword());
          d.setApplicationName("terbuka datastore_search_sql");
          // Session defaults as a second fence; each query also sets them for its transaction.
          d.setOptions(
              "-c default_transaction_read_only=on -c search_path=datastore"
                  + " -c statement_timeout="
                  + config.datastoreSqlTimeoutMs());
          d.setConnectTimeout(10);
          source = d;
        }
        s = source;
      }
    }
    return s;
  }

  @PreDestroy
  public void close() {
    Connection c;
    while ((c = idle.poll()) != null) {
      closeQuietly(c);
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      LOG.log(Level.FINE, "closing a read-only connection", e);
    }
  }

  /** All connections are busy. */
  public static final class BusyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BusyException() {
      super("all read-only connections are busy", null, false, false);
    }
  }

  /** The configured role could read the catalogue or write: refused (logged once per attempt). */
  public static final class UnsafeRoleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnsafeRoleException() {
      super("the configured read-only role is not read-only", null, false, false);
    }
  }
}
