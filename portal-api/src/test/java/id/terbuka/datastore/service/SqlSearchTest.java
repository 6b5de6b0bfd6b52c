package id.terbuka.datastore.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.datastore.persistence.ReadOnlyDatabase;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SqlSearchTest {

  /** A portal without a read-only role: the action says so and never connects anywhere. */
  private static SqlSearch withoutReadOnlyRole() {
    SqlSearch search = new SqlSearch();
    search.readOnly =
        new ReadOnlyDatabase() {
          @Override
          public boolean enabled() {
            return false;
          }
        };
    return search;
  }

  @Test
  void withoutAReadOnlyRoleTheActionIsNotEnabled() {
    AccessDeniedException e =
        assertThrows(
            AccessDeniedException.class,
            () -> withoutReadOnlyRole().search(null, Map.of("sql", "select 1")));
    assertTrue(e.getMessage().contains("not enabled on this portal"), e.getMessage());
  }

  @Test
  void theSqlParameterIsRequired() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> withoutReadOnlyRole().search(null, Map.of("sql", "  ")));
    assertEquals(Map.of("sql", List.of("Missing value")), e.errors());
  }
}
