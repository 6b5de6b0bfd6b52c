package id.terbuka.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.identity.domain.Actor;
import id.terbuka.identity.domain.Capacity;
import id.terbuka.identity.domain.UserAccount;
import id.terbuka.shared.AccessDeniedException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupAccessTest {
  private static final LocalDateTime NOW = LocalDateTime.of(2024, 1, 1, 0, 0);
  private static final CatalogGroup ORG = new CatalogGroup("org-1", "dinas", true, NOW);
  private static final CatalogGroup TOPIC = new CatalogGroup("grp-1", "kesehatan", false, NOW);

  private static Actor user(String id, Map<String, Capacity> capacities) {
    return Actor.user(new UserAccount(id, "u-" + id, NOW), capacities);
  }

  private static Actor sysadmin() {
    UserAccount root = new UserAccount("root", "root", NOW);
    root.sysadmin(true);
    return Actor.user(root, Map.of());
  }

  private static final Actor ADMIN = user("a", Map.of("org-1", Capacity.ADMIN));
  private static final Actor EDITOR = user("e", Map.of("org-1", Capacity.EDITOR));
  private static final Actor MEMBER = user("m", Map.of("org-1", Capacity.MEMBER));
  private static final Actor ADMIN_ELSEWHERE = user("x", Map.of("org-2", Capacity.ADMIN));

  @Test
  void onlySysadminsCreate() {
    assertDoesNotThrow(() -> GroupAccess.requireMayCreate(sysadmin(), true));
    assertEquals(
        "User not authorized to create organizations",
        assertThrows(AccessDeniedException.class, () -> GroupAccess.requireMayCreate(ADMIN, true))
            .getMessage());
    assertEquals(
        "User not authorized to create groups",
        assertThrows(
                AccessDeniedException.class,
                () -> GroupAccess.requireMayCreate(Actor.anonymous(), false))
            .getMessage());
  }

  @Test
  void adminsOfTheOrganisationAndSysadminsEditItAndItsMembers() {
    for (Actor a : List.of(ADMIN, sysadmin())) {
      assertDoesNotThrow(() -> GroupAccess.requireMayEdit(a, ORG));
      assertDoesNotThrow(() -> GroupAccess.requireMayEditMembers(a, ORG));
    }
  }

  @Test
  void editorsMembersOutsidersAndStrangersAreRefused() {
    for (Actor a : List.of(EDITOR, MEMBER, ADMIN_ELSEWHERE, Actor.anonymous())) {
      assertEquals(
          "User not authorized to edit organization org-1",
          assertThrows(AccessDeniedException.class, () -> GroupAccess.requireMayEdit(a, ORG))
              .getMessage());
      assertEquals(
          "User not authorized to edit organization org-1 members",
          assertThrows(AccessDeniedException.class, () -> GroupAccess.requireMayEditMembers(a, ORG))
              .getMessage());
    }
    assertEquals(
        "User not authorized to edit group grp-1 members",
        assertThrows(
                AccessDeniedException.class, () -> GroupAccess.requireMayEditMembers(ADMIN, TOPIC))
            .getMessage());
  }

  @Test
  void aDeletedOneExistsForSysadminsOnly() {
    CatalogGroup deleted = new CatalogGroup("org-9", "lama", true, NOW);
    deleted.state = "deleted";
    assertTrue(GroupAccess.canSee(sysadmin(), deleted));
    Actor adminOfDeleted = user("a9", Map.of("org-9", Capacity.ADMIN));
    assertFalse(GroupAccess.canSee(adminOfDeleted, deleted));
    assertFalse(GroupAccess.canSee(Actor.anonymous(), deleted));
    assertTrue(GroupAccess.canSee(Actor.anonymous(), ORG));
  }

  @Test
  void publicDatasetsCountForEveryone() {
    for (Actor a : List.of(Actor.anonymous(), MEMBER, ADMIN_ELSEWHERE)) {
      assertTrue(GroupAccess.countsTowards(a, false, "org-1"));
    }
  }

  @Test
  void privateDatasetsCountForMembersOfTheirOwningOrganisationAndSysadmins() {
    assertTrue(GroupAccess.countsTowards(MEMBER, true, "org-1"));
    assertTrue(GroupAccess.countsTowards(EDITOR, true, "org-1"));
    assertTrue(GroupAccess.countsTowards(sysadmin(), true, "org-1"));
    assertFalse(GroupAccess.countsTowards(ADMIN_ELSEWHERE, true, "org-1"));
    assertFalse(GroupAccess.countsTowards(Actor.anonymous(), true, "org-1"));
  }

  @Test
  void membershipOfATopicGroupDoesNotCountItsPrivateDatasetsOfOtherOrganisations() {
    Actor topicAdmin = user("t", Map.of("grp-1", Capacity.ADMIN));
    assertFalse(GroupAccess.countsTowards(topicAdmin, true, "org-1"));
    assertTrue(GroupAccess.countsTowards(topicAdmin, false, "org-1"));
  }

  @Test
  void notFoundNamesTheKind() {
    assertEquals("Organization not found", GroupAccess.notFound(true).getMessage());
    assertEquals("Group not found", GroupAccess.notFound(false).getMessage());
  }
}
