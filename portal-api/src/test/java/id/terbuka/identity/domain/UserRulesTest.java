package id.terbuka.identity.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.FieldErrors;
import id.terbuka.shared.InvalidInputException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserRulesTest {
  private static final LocalDateTime NOW = LocalDateTime.of(2024, 1, 1, 0, 0);

  private static UserAccount account(String id, boolean sysadmin) {
    UserAccount u = new UserAccount(id, "user-" + id, NOW);
    u.sysadmin(sysadmin);
    return u;
  }

  private static Actor user(String id, Map<String, Capacity> capacities) {
    return Actor.user(account(id, false), capacities);
  }

  /** The problems of the fields, as the API reports them. */
  private static Map<String, List<String>> problems(FieldErrors errors) {
    return assertThrows(InvalidInputException.class, errors::throwIfAny).errors();
  }

  @Test
  void onlySysadminsCreateUsers() {
    assertDoesNotThrow(
        () -> UserRules.requireMayCreateUsers(Actor.user(account("s", true), Map.of())));
    for (Actor a :
        List.of(
            Actor.anonymous(),
            user("m", Map.of()),
            user("admin-of-org", Map.of("org-1", Capacity.ADMIN)))) {
      AccessDeniedException e =
          assertThrows(AccessDeniedException.class, () -> UserRules.requireMayCreateUsers(a));
      assertEquals("User not authorized to create users", e.getMessage());
    }
  }

  @Test
  void aWellFormedNewUserHasNoProblems() {
    assertTrue(UserRules.check("budi_s-1", "budi@dinas.go.id", "12345678", n -> false).isEmpty());
  }

  @Test
  void everyMissingFieldIsReported() {
    assertEquals(
        Map.of(
            "name", List.of("Missing value"),
            "email", List.of("Missing value"),
            "password", List.of("Missing value")),
        problems(UserRules.check(null, " ", "", n -> false)));
  }

  @Test
  void malformedValuesAreReportedInCkanWords() {
    assertEquals(
        Map.of(
            "name",
                List.of(
                    "Must be purely lowercase alphanumeric (ascii) characters and these symbols:"
                        + " -_"),
            "email", List.of("Email budi@dinas is not a valid format"),
            "password", List.of("Your password must be 8 characters or longer")),
        problems(UserRules.check("Budi", "budi@dinas", "1234567", n -> false)));
  }

  @Test
  void namesAreTwoToAHundredLowercaseCharacters() {
    assertTrue(UserRules.check("ab", "a@b.id", "12345678", n -> false).isEmpty());
    assertTrue(UserRules.check("a".repeat(100), "a@b.id", "12345678", n -> false).isEmpty());
    assertTrue(UserRules.check("a", "a@b.id", "12345678", n -> false).has("name"));
    assertTrue(UserRules.check("a".repeat(101), "a@b.id", "12345678", n -> false).has("name"));
    assertTrue(UserRules.check("budi santoso", "a@b.id", "12345678", n -> false).has("name"));
  }

  @Test
  void aTakenNameIsAskedOnlyWhenWellFormed() {
    List<String> asked = new ArrayList<>();
    FieldErrors taken =
        UserRules.check(
            "budi",
            "a@b.id",
            "12345678",
            n -> {
              asked.add(n);
              return true;
            });
    assertEquals(Map.of("name", List.of("That login name is not available.")), problems(taken));
    UserRules.check("BUDI", "a@b.id", "12345678", n -> asked.add(n));
    assertEquals(List.of("budi"), asked, "a malformed name costs no look-up");
  }

  @Test
  void onlyActiveAccountsSignIn() {
    assertTrue(UserRules.maySignIn("active"));
    assertFalse(UserRules.maySignIn("deleted"));
    assertFalse(UserRules.maySignIn("pending"));
    assertFalse(UserRules.maySignIn(null));
  }

  @Test
  void privateFieldsAreForTheUserAndSysadmins() {
    UserAccount budi = account("budi", false);
    assertTrue(UserRules.maySeePrivateFields(Actor.user(budi, Map.of()), budi));
    assertTrue(UserRules.maySeePrivateFields(Actor.user(account("root", true), Map.of()), budi));
    assertFalse(UserRules.maySeePrivateFields(Actor.anonymous(), budi));
    assertFalse(
        UserRules.maySeePrivateFields(user("admin", Map.of("org-1", Capacity.ADMIN)), budi));
  }

  @Test
  void onlySysadminsManageUsers() {
    assertDoesNotThrow(
        () -> UserRules.requireMayManageUsers(Actor.user(account("s", true), Map.of())));
    for (Actor a :
        List.of(Actor.anonymous(), user("admin-of-org", Map.of("org-1", Capacity.ADMIN)))) {
      AccessDeniedException e =
          assertThrows(AccessDeniedException.class, () -> UserRules.requireMayManageUsers(a));
      assertEquals("User not authorized to manage users", e.getMessage());
    }
  }

  @Test
  void aSysadminDisablesOthersButNotThemself() {
    UserAccount root = account("root", true);
    Actor rootActor = Actor.user(root, Map.of());
    UserAccount budi = account("budi", false);
    assertTrue(UserRules.checkState(rootActor, budi, UserRules.DISABLED).isEmpty());
    assertTrue(UserRules.checkState(rootActor, budi, UserRules.ACTIVE).isEmpty());
    assertEquals(
        Map.of("id", List.of("You cannot disable your own account")),
        problems(UserRules.checkState(rootActor, root, UserRules.DISABLED)));
    assertTrue(
        UserRules.checkState(rootActor, root, UserRules.ACTIVE).isEmpty(),
        "re-enabling oneself is a no-op, not a problem");
  }

  @Test
  void onlyTheTwoStatesAreSet() {
    Actor root = Actor.user(account("root", true), Map.of());
    for (String state : java.util.Arrays.asList("deleted", "pending", "", null)) {
      assertEquals(
          Map.of("state", List.of("Must be one of: active, disabled")),
          problems(UserRules.checkState(root, account("budi", false), state)),
          String.valueOf(state));
    }
  }

  @Test
  void aDisabledAccountDoesNotSignIn() {
    assertTrue(UserRules.maySignIn(UserRules.ACTIVE));
    assertFalse(UserRules.maySignIn(UserRules.DISABLED));
  }

  @Test
  void generatedPasswordsPassTheRulesAndDiffer() {
    String a = UserRules.generatedPassword();
    String b = UserRules.generatedPassword();
    assertNotEquals(a, b);
    assertEquals(16, a.length());
    assertTrue(a.length() >= UserRules.MIN_PASSWORD_LENGTH);
    assertTrue(UserRules.check("budi", "budi@dinas.go.id", a, n -> false).isEmpty());
    assertTrue(a.matches("[A-Za-z0-9_-]+"), "easy to copy: " + a);
  }

  @Test
  void aUsersActivityIsForThemAndSysadmins() {
    UserAccount budi = account("budi", false);
    assertTrue(UserRules.maySeeActivityOf(Actor.user(budi, Map.of()), "budi"));
    assertTrue(UserRules.maySeeActivityOf(Actor.user(account("root", true), Map.of()), "budi"));
    assertFalse(UserRules.maySeeActivityOf(Actor.anonymous(), "budi"));
    assertFalse(UserRules.maySeeActivityOf(user("other", Map.of()), "budi"));
    assertFalse(UserRules.maySeeActivityOf(user("admin", Map.of("org-1", Capacity.ADMIN)), "budi"));
  }

  @Test
  void aSessionBegunBeforeTheAccountsSessionsEndedNoLongerStands() {
    UserAccount budi = account("budi", false);
    assertTrue(UserRules.sessionStands(budi, NOW), "never ended");
    assertTrue(UserRules.sessionStands(budi, null), "never ended, old session without a time");
    budi.endSessions(NOW.plusHours(1));
    assertFalse(UserRules.sessionStands(budi, NOW));
    assertFalse(UserRules.sessionStands(budi, NOW.plusHours(1).minusNanos(1000)));
    assertFalse(UserRules.sessionStands(budi, null), "a session that does not say is ended too");
    assertTrue(UserRules.sessionStands(budi, NOW.plusHours(1)));
    assertTrue(UserRules.sessionStands(budi, NOW.plusHours(2)), "signed in again since");
  }

  private static UserUpdate change(String email, String password, boolean oldOk, Boolean sysadmin) {
    return new UserUpdate(null, email, "Budi", null, password, oldOk, sysadmin);
  }

  @Test
  void aUserEditsTheirOwnAccountAndSysadminsAnyOther() {
    UserAccount budi = account("budi", false);
    assertDoesNotThrow(() -> UserRules.requireMayEdit(Actor.user(budi, Map.of()), budi));
    assertDoesNotThrow(
        () -> UserRules.requireMayEdit(Actor.user(account("r", true), Map.of()), budi));
    for (Actor a : List.of(Actor.anonymous(), user("other", Map.of("org-1", Capacity.ADMIN)))) {
      AccessDeniedException e =
          assertThrows(AccessDeniedException.class, () -> UserRules.requireMayEdit(a, budi));
      assertEquals("User not authorized to edit user user-budi", e.getMessage());
    }
  }

  @Test
  void anUpdateKeepsTheNameAndNeedsAValidEmail() {
    UserAccount budi = account("budi", false);
    Actor self = Actor.user(budi, Map.of());
    assertTrue(
        UserRules.checkUpdate(self, budi, change("b@dinas.go.id", null, false, null)).isEmpty());
    assertTrue(
        UserRules.checkUpdate(
                self,
                budi,
                new UserUpdate("user-budi", "b@dinas.go.id", null, null, null, false, false))
            .isEmpty(),
        "the same name and sysadmin flag, as user_show gave them, are no change");
    assertEquals(
        Map.of(
            "name", List.of("Login names cannot be changed"),
            "email", List.of("Missing value")),
        problems(
            UserRules.checkUpdate(
                self, budi, new UserUpdate("budi-baru", " ", null, null, null, false, null))));
    assertEquals(
        Map.of("email", List.of("Email budi@ is not a valid format")),
        problems(UserRules.checkUpdate(self, budi, change("budi@", null, false, null))));
  }

  @Test
  void aNewPasswordIsLongEnoughAndTheOwnerGivesTheCurrentOne() {
    UserAccount budi = account("budi", false);
    Actor self = Actor.user(budi, Map.of());
    Actor root = Actor.user(account("root", true), Map.of());
    assertEquals(
        Map.of("password", List.of("Your password must be 8 characters or longer")),
        problems(UserRules.checkUpdate(self, budi, change("b@d.id", "pendek", true, null))));
    assertEquals(
        Map.of("old_password", List.of("Your current password is incorrect")),
        problems(
            UserRules.checkUpdate(self, budi, change("b@d.id", "panjang-sekali", false, null))));
    assertTrue(
        UserRules.checkUpdate(self, budi, change("b@d.id", "panjang-sekali", true, null))
            .isEmpty());
    assertTrue(
        UserRules.checkUpdate(root, budi, change("b@d.id", "panjang-sekali", false, null))
            .isEmpty(),
        "a sysadmin needs no current password");
  }

  @Test
  void onlyASysadminChangesSysadminAndNeverTheirOwn() {
    UserAccount budi = account("budi", false);
    UserAccount rootAccount = account("root", true);
    Actor root = Actor.user(rootAccount, Map.of());
    assertEquals(
        Map.of("sysadmin", List.of("Only a sysadmin can change this")),
        problems(
            UserRules.checkUpdate(
                Actor.user(budi, Map.of()), budi, change("b@d.id", null, false, true))));
    assertTrue(UserRules.checkUpdate(root, budi, change("b@d.id", null, false, true)).isEmpty());
    assertEquals(
        Map.of("sysadmin", List.of("You cannot remove your own sysadmin rights")),
        problems(UserRules.checkUpdate(root, rootAccount, change("r@d.id", null, false, false))));
  }
}
