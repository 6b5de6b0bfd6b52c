package id.terbuka.identity.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.InvalidInputException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenRulesTest {
  private static final LocalDateTime NOW = LocalDateTime.of(2024, 1, 1, 12, 0);
  private static final UserAccount OWNER = new UserAccount("u-1", "budi", NOW);

  private static Actor sysadmin() {
    UserAccount root = new UserAccount("root", "root", NOW);
    root.sysadmin(true);
    return Actor.user(root, Map.of());
  }

  private static Actor someoneElse() {
    return Actor.user(new UserAccount("u-2", "sari", NOW), Map.of("org-1", Capacity.ADMIN));
  }

  @Test
  void aTokenIsItsJtiADotAndA256BitSecret() {
    String token = TokenRules.newToken("jti-1");
    assertTrue(token.startsWith("jti-1."), token);
    String secret = token.substring("jti-1.".length());
    assertTrue(secret.matches("[A-Za-z0-9_-]{43}"), "32 bytes, URL-safe base64: " + secret);
    assertNotEquals(token, TokenRules.newToken("jti-1"), "secrets are random");
  }

  @Test
  void theFingerprintIsTheSha256OfTheWholeToken() {
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        TokenRules.fingerprint("abc"));
  }

  @Test
  void aPresentedTokenIsLookedUpTrimmed() {
    assertEquals(
        Optional.of(TokenRules.fingerprint("jti.secret")),
        TokenRules.presentedFingerprint("  jti.secret\n"));
  }

  @Test
  void nothingBlankOrOverlongIsLookedUp() {
    assertEquals(Optional.empty(), TokenRules.presentedFingerprint(null));
    assertEquals(Optional.empty(), TokenRules.presentedFingerprint(" \t"));
    assertEquals(Optional.empty(), TokenRules.presentedFingerprint("x".repeat(201)));
    assertTrue(TokenRules.presentedFingerprint("x".repeat(200)).isPresent());
  }

  @Test
  void creatingNeedsAUserAndAName() {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> TokenRules.checkCreate(" ", null));
    assertEquals(
        Map.of("user", List.of("Missing value"), "name", List.of("Missing value")), e.errors());
    assertDoesNotThrow(() -> TokenRules.checkCreate("budi", "laptop"));
  }

  @Test
  void theOwnerAndSysadminsCreateListAndRevoke() {
    Actor owner = Actor.user(OWNER, Map.of());
    for (Actor a : List.of(owner, sysadmin())) {
      assertDoesNotThrow(() -> TokenRules.requireMayCreate(a, OWNER));
      assertDoesNotThrow(() -> TokenRules.requireMayList(a, OWNER));
      assertDoesNotThrow(() -> TokenRules.requireMayRevoke(a, OWNER.id()));
    }
  }

  @Test
  void anyoneElseIsRefusedNamingTheOwner() {
    for (Actor a : List.of(someoneElse(), Actor.anonymous())) {
      assertEquals(
          "User not authorized to create API tokens for budi",
          assertThrows(AccessDeniedException.class, () -> TokenRules.requireMayCreate(a, OWNER))
              .getMessage());
      assertEquals(
          "User not authorized to list API tokens of budi",
          assertThrows(AccessDeniedException.class, () -> TokenRules.requireMayList(a, OWNER))
              .getMessage());
      assertEquals(
          "User not authorized to revoke this API token",
          assertThrows(
                  AccessDeniedException.class, () -> TokenRules.requireMayRevoke(a, OWNER.id()))
              .getMessage());
    }
  }

  @Test
  void revokingByJtiOrByTheTokenItself() {
    assertEquals("jti-1", TokenRules.revokedJti("other.secret", "jti-1"), "jti wins");
    assertEquals("jti-1", TokenRules.revokedJti("jti-1.sec.ret", null), "up to the first dot");
    assertEquals("jti-1", TokenRules.revokedJti("jti-1.secret", " "), "a blank jti is none");
    assertEquals("nodot", TokenRules.revokedJti("nodot", null));
  }

  @Test
  void revokingNeedsOneOfThem() {
    for (String[] given : new String[][] {{null, null}, {" ", ""}, {".secret", null}}) {
      InvalidInputException e =
          assertThrows(
              InvalidInputException.class, () -> TokenRules.revokedJti(given[0], given[1]));
      assertEquals(Map.of("token", List.of("Missing value")), e.errors());
    }
  }

  @Test
  void useIsRecordedAtMostOnceAMinute() {
    ApiToken t = new ApiToken("jti", "u-1", "laptop", "hash", NOW);
    t.touched(NOW);
    assertEquals(NOW, t.lastAccess());
    t.touched(NOW.plusSeconds(59));
    assertEquals(NOW, t.lastAccess(), "within the minute: no write");
    t.touched(NOW.plusSeconds(61));
    assertEquals(NOW.plusSeconds(61), t.lastAccess());
  }
}
