package id.terbuka.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.identity.domain.Actor;
import id.terbuka.identity.domain.Capacity;
import id.terbuka.identity.domain.UserAccount;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The search index filters by permission labels, everything else asks {@link
 * DatasetAccess#canRead}: for every kind of dataset and caller both must give the same answer.
 */
class DatasetAccessTest {
  private static final LocalDateTime NOW = LocalDateTime.of(2024, 1, 1, 0, 0);
  private static final CatalogGroup ORG = new CatalogGroup("org-1", "dinas", true, NOW);

  private static Actor user(String id, Map<String, Capacity> capacities) {
    return Actor.user(new UserAccount(id, "u-" + id, NOW), capacities);
  }

  private static Dataset dataset(String state, boolean isPrivate, String creator) {
    Dataset d = new Dataset("d-" + state + isPrivate + creator, "ds", NOW);
    d.organization = ORG;
    d.state = state;
    d.privat = isPrivate;
    d.creatorUserId = creator;
    return d;
  }

  private static Map<String, Actor> actors() {
    Map<String, Actor> a = new LinkedHashMap<>();
    a.put("anonymous", Actor.anonymous());
    a.put("creator", user("creator", Map.of()));
    a.put("creator-member", user("creator", Map.of("org-1", Capacity.MEMBER)));
    a.put("member", user("m", Map.of("org-1", Capacity.MEMBER)));
    a.put("editor", user("e", Map.of("org-1", Capacity.EDITOR)));
    a.put("admin", user("a", Map.of("org-1", Capacity.ADMIN)));
    a.put("editor-elsewhere", user("x", Map.of("org-2", Capacity.EDITOR)));
    a.put("outsider", user("o", Map.of()));
    return a;
  }

  @Test
  void labelsAgreeWithCanReadForEveryCase() {
    int checked = 0;
    for (String state : List.of("active", "draft", "deleted")) {
      for (boolean isPrivate : List.of(false, true)) {
        for (String creator : new String[] {null, "creator"}) {
          Dataset d = dataset(state, isPrivate, creator);
          Set<String> docLabels = new HashSet<>(DatasetAccess.labelsOf(d));
          for (Map.Entry<String, Actor> e : actors().entrySet()) {
            Set<String> shared = new HashSet<>(DatasetAccess.labelsOf(e.getValue()));
            shared.retainAll(docLabels);
            assertEquals(
                DatasetAccess.canRead(e.getValue(), d),
                !shared.isEmpty(),
                state
                    + (isPrivate ? " private" : " public")
                    + " by "
                    + creator
                    + ", "
                    + e.getKey());
            checked++;
          }
        }
      }
    }
    assertEquals(3 * 2 * 2 * 8, checked);
  }

  @Test
  void theRuleItself() {
    Map<String, Actor> a = actors();
    Dataset publicActive = dataset("active", false, null);
    Dataset privateActive = dataset("active", true, null);
    Dataset draft = dataset("draft", false, "creator");
    Dataset deleted = dataset("deleted", false, "creator");
    assertTrue(DatasetAccess.canRead(a.get("anonymous"), publicActive));
    assertFalse(DatasetAccess.canRead(a.get("anonymous"), privateActive));
    assertFalse(DatasetAccess.canRead(a.get("editor-elsewhere"), privateActive));
    assertTrue(DatasetAccess.canRead(a.get("member"), privateActive));
    assertTrue(DatasetAccess.canRead(a.get("creator"), draft));
    assertFalse(DatasetAccess.canRead(a.get("member"), draft));
    assertTrue(DatasetAccess.canRead(a.get("editor"), draft));
    assertFalse(DatasetAccess.canRead(a.get("creator"), deleted), "deleted: editors only");
    assertTrue(DatasetAccess.canRead(a.get("admin"), deleted));
    UserAccount root = new UserAccount("root", "root", NOW);
    assertTrue(DatasetAccess.canRead(Actor.system(root), deleted));
    assertTrue(DatasetAccess.canEdit(a.get("editor"), "org-1"));
    assertFalse(DatasetAccess.canEdit(a.get("member"), "org-1"));
    assertFalse(DatasetAccess.canEdit(a.get("editor-elsewhere"), "org-1"));
  }
}
