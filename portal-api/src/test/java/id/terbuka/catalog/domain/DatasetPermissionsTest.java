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
import id.terbuka.shared.ObjectNotFoundException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatasetPermissionsTest {
  private static final LocalDateTime NOW = LocalDateTime.of(2024, 1, 1, 0, 0);
  private static final CatalogGroup ORG = new CatalogGroup("org-1", "dinkes", true, NOW);

  private static Actor user(String id, Map<String, Capacity> capacities) {
    return Actor.user(new UserAccount(id, "u-" + id, NOW), capacities);
  }

  private static Actor sysadmin() {
    UserAccount root = new UserAccount("root", "root", NOW);
    root.sysadmin(true);
    return Actor.user(root, Map.of());
  }

  private static final Actor EDITOR = user("e", Map.of("org-1", Capacity.EDITOR));
  private static final Actor MEMBER = user("m", Map.of("org-1", Capacity.MEMBER));
  private static final Actor EDITOR_ELSEWHERE = user("x", Map.of("org-2", Capacity.EDITOR));

  private static Dataset dataset(String state, boolean isPrivate) {
    Dataset d = new Dataset("ds-1", "angka-stunting", NOW);
    d.organization = ORG;
    d.state = state;
    d.privat = isPrivate;
    return d;
  }

  @Test
  void readersPass() {
    assertDoesNotThrow(
        () -> DatasetPermissions.requireReadable(Actor.anonymous(), dataset("active", false)));
    assertDoesNotThrow(() -> DatasetPermissions.requireReadable(MEMBER, dataset("active", true)));
    assertDoesNotThrow(() -> DatasetPermissions.requireReadable(EDITOR, dataset("deleted", false)));
    assertDoesNotThrow(
        () -> DatasetPermissions.requireReadable(sysadmin(), dataset("deleted", true)));
  }

  @Test
  void aPrivateOrDraftDatasetIsRefusedByName() {
    for (Actor a : List.of(Actor.anonymous(), EDITOR_ELSEWHERE)) {
      assertEquals(
          "User not authorized to read package ds-1",
          assertThrows(
                  AccessDeniedException.class,
                  () -> DatasetPermissions.requireReadable(a, dataset("active", true)))
              .getMessage());
    }
    assertEquals(
        "User not authorized to read package ds-1",
        assertThrows(
                AccessDeniedException.class,
                () -> DatasetPermissions.requireReadable(MEMBER, dataset("draft", false)))
            .getMessage());
  }

  @Test
  void aDeletedDatasetDoesNotExistForThoseWhoMayNotReadIt() {
    for (Actor a : List.of(Actor.anonymous(), MEMBER, EDITOR_ELSEWHERE)) {
      assertEquals(
          "Dataset not found",
          assertThrows(
                  ObjectNotFoundException.class,
                  () -> DatasetPermissions.requireReadable(a, dataset("deleted", false)))
              .getMessage());
    }
  }

  @Test
  void editorsOfTheOrganisationAndSysadminsEdit() {
    Dataset d = dataset("active", false);
    assertDoesNotThrow(() -> DatasetPermissions.requireEditor(EDITOR, d));
    assertDoesNotThrow(() -> DatasetPermissions.requireEditor(sysadmin(), d));
    for (Actor a : List.of(MEMBER, EDITOR_ELSEWHERE, Actor.anonymous())) {
      assertEquals(
          "User not authorized to edit package ds-1",
          assertThrows(AccessDeniedException.class, () -> DatasetPermissions.requireEditor(a, d))
              .getMessage());
    }
  }

  @Test
  void puttingADatasetIntoAnOrganisationNamesTheCaller() {
    assertDoesNotThrow(() -> DatasetPermissions.requireEditorOf(EDITOR, ORG, "add"));
    assertEquals(
        "User u-x not authorized to add dataset to this organization",
        assertThrows(
                AccessDeniedException.class,
                () ->
                    DatasetPermissions.requireEditorOf(
                        EDITOR_ELSEWHERE, ORG, "add dataset to this organization"))
            .getMessage());
    assertEquals(
        "User anonymous not authorized to move dataset to this organization",
        assertThrows(
                AccessDeniedException.class,
                () ->
                    DatasetPermissions.requireEditorOf(
                        Actor.anonymous(), ORG, "move dataset to this organization"))
            .getMessage());
  }

  @Test
  void anOwnerOrgByIdOrNameOfTheSameOrganisationIsNoMove() {
    Dataset d = dataset("active", false);
    assertFalse(DatasetPermissions.movesOrganization(d, null));
    assertFalse(DatasetPermissions.movesOrganization(d, "org-1"));
    assertFalse(DatasetPermissions.movesOrganization(d, "dinkes"));
    assertTrue(DatasetPermissions.movesOrganization(d, "org-2"));
  }

  @Test
  void onlySysadminsPurge() {
    assertDoesNotThrow(() -> DatasetPermissions.requireMayPurge(sysadmin()));
    for (Actor a : List.of(EDITOR, user("a", Map.of("org-1", Capacity.ADMIN)))) {
      assertEquals(
          "User not authorized to purge package",
          assertThrows(AccessDeniedException.class, () -> DatasetPermissions.requireMayPurge(a))
              .getMessage());
    }
  }
}
