package id.terbuka.datastore.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.catalog.domain.TableAccess;
import id.terbuka.datastore.persistence.FullText;
import id.terbuka.datastore.persistence.Sql;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A waiting file's table never shares a name with a live one, and PostgreSQL keeps its names. */
class TableRefTest {
  private static final String RID = UUID.randomUUID().toString();

  @Test
  void theLiveAndTheWaitingTableAreDifferentTablesInDifferentRegistries() {
    TableRef live = TableRef.of(new TableAccess(RID, false, false));
    TableRef waiting = TableRef.of(new TableAccess(RID, true, true));
    assertEquals(RID, live.name());
    assertEquals("datastore_table", live.registry());
    assertEquals(RID + "__review", waiting.name());
    assertEquals("datastore_review_table", waiting.registry());
    assertNotEquals(Sql.loadingName(live), Sql.loadingName(waiting));
    assertEquals("datastore.\"" + RID + "__review\"", Sql.table(waiting));
  }

  @Test
  void everyNameALoadCreatesFitsPostgresIdentifiers() {
    // PostgreSQL cuts identifiers at 63 bytes: a cut name would make two tables' names collide.
    TableRef waiting = TableRef.waitingFile(RID);
    for (String name :
        List.of(
            waiting.name(),
            Sql.loadingName(waiting),
            Sql.loadingName(waiting) + "_pkey",
            FullText.indexName(Sql.loadingName(waiting)))) {
      assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 63, name);
    }
  }
}
