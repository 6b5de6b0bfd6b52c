package id.terbuka.datastore.service;

import id.terbuka.catalog.service.ResourceService;
import id.terbuka.datastore.persistence.ReadOnlyDatabase;
import id.terbuka.datastore.persistence.ReadOnlyQueries;
import id.terbuka.datastore.sql.SqlGuard;
import id.terbuka.datastore.sql.SqlRefusal;
import id.terbuka.identity.domain.Actor;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.ObjectNotFoundException;
import id.terbuka.shared.TerbukaConfig;
import id.terbuka.shared.Values;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Set;

/**
 * {@code datastore_search_sql}: one read-only query over the DataStore tables the caller may read.
 *
 * <ol>
 *   <li>{@link SqlGuard#statement}: one statement, a query, allowed functions and casts.
 *   <li>On the read-only role's connection, in a read-only transaction with a statement timeout:
 *       {@code EXPLAIN (VERBOSE, FORMAT JSON)}; {@link SqlGuard#plan} names the relations it reads
 *       and checks every expression again. The transaction ends (its table locks go).
 *   <li>Each relation must be the live table of a resource the caller may read ({@link
 *       ResourceService#readable}); on the application's connection their {@code datastore_table}
 *       rows are locked {@code FOR SHARE}, so no reload swaps a table while the query reads it.
 *   <li>The query runs in a new read-only transaction on the read-only connection, at most {@code
 *       rows_max + 1} rows fetched; typed records as CKAN returns them.
 * </ol>
 *
 * The lock is taken before the query's own transaction holds any table lock: a swap that already
 * updated the row and waits to drop the table could otherwise wait for us while we wait for it. The
 * statements run in {@link ReadOnlyQueries}; the checks of the text and of the caller are here.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class SqlSearch {
  static final String NOT_ENABLED =
      "datastore_search_sql is not enabled on this portal (no read-only database role is"
          + " configured; see TERBUKA_DB_READONLY_USER in docs/operations.md)";

  @Inject ResourceService resources;
  @Inject ReadOnlyDatabase readOnly;
  @Inject ReadOnlyQueries queries;
  @Inject TerbukaConfig config;

  private final SqlGuard guard = SqlGuard.bundled();

  public Map<String, Object> search(Actor actor, Map<String, Object> params) {
    String sql = Values.rawText(params.get("sql"));
    if (sql == null) {
      throw InvalidInputException.of("sql", "Missing value");
    }
    if (!readOnly.enabled()) {
      throw new AccessDeniedException(NOT_ENABLED);
    }
    try {
      String statement = guard.statement(sql);
      return queries.run(
          sql,
          statement,
          config.datastoreSqlTimeoutMs(),
          config.datastoreSqlRowsMax(),
          plan -> authorize(actor, guard.plan(plan)));
    } catch (SqlRefusal r) {
      throw r.toApiError();
    } catch (ReadOnlyDatabase.UnsafeRoleException e) {
      throw new AccessDeniedException(
          "datastore_search_sql is not enabled on this portal (the configured database role is"
              + " not read-only; the server log says why)");
    } catch (ReadOnlyDatabase.BusyException e) {
      throw InvalidInputException.of(
          "query", "Too many SQL queries are running on this portal; try again in a moment");
    }
  }

  /** The relations, each the table of a resource the actor may read. */
  private Set<SqlGuard.Relation> authorize(Actor actor, Set<SqlGuard.Relation> relations) {
    for (SqlGuard.Relation r : relations) {
      try {
        resources.readable(actor, r.name());
      } catch (ObjectNotFoundException e) {
        throw ReadOnlyQueries.PlanCheck.notADataStoreTable(r);
      } catch (AccessDeniedException e) {
        throw new AccessDeniedException("Not authorized to read resource " + r.name());
      }
    }
    return relations;
  }
}
