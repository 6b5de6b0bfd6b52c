package id.terbuka.accounts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.terbuka.identity.domain.PasswordHasher;
import id.terbuka.identity.domain.UserAccount;
import id.terbuka.shared.Json;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an account change leaves in the activity stream, and what it must never leave there. */
class AccountChangeTest {
  private static UserAccount budi() {
    UserAccount u = new UserAccount("u-1", "budi", LocalDateTime.of(2025, 3, 1, 8, 30));
    u.fullname("Budi Santoso");
    u.email("budi@dinas.go.id");
    u.about("Petugas data");
    u.passwordHash(PasswordHasher.hash("rahasia-budi"));
    return u;
  }

  @Test
  void typesAndDetailsAreCkansWithWhatHappened() {
    assertEquals("new user", AccountChange.CREATED.activityType());
    assertEquals(
        List.of("changed user"),
        List.of(
                AccountChange.DISABLED,
                AccountChange.ENABLED,
                AccountChange.PASSWORD_RESET,
                AccountChange.UPDATED,
                AccountChange.PASSWORD_CHANGED)
            .stream()
            .map(AccountChange::activityType)
            .distinct()
            .toList());
    assertEquals(Map.of("detail", "created"), AccountChange.CREATED.cause());
    assertEquals(Map.of("detail", "disabled"), AccountChange.DISABLED.cause());
    assertEquals(Map.of("detail", "re-enabled"), AccountChange.ENABLED.cause());
    assertEquals(Map.of("detail", "password reset"), AccountChange.PASSWORD_RESET.cause());
    assertEquals(Map.of("detail", "updated"), AccountChange.UPDATED.cause());
    assertEquals(Map.of("detail", "password changed"), AccountChange.PASSWORD_CHANGED.cause());
  }

  @Test
  void theRecordedUserHasItsPublicFieldsOnly() {
    Map<String, Object> recorded = AccountChange.recorded(budi());
    assertEquals(
        List.of("id", "name", "fullname", "sysadmin", "state", "created"),
        List.copyOf(recorded.keySet()));
    assertEquals("budi", recorded.get("name"));
    assertEquals("active", recorded.get("state"));
    assertEquals("2025-03-01T08:30:00.000000", recorded.get("created"));
  }

  @Test
  void noPasswordHashOrEmailReachesTheActivity() {
    UserAccount budi = budi();
    String json = Json.write(AccountChange.recorded(budi));
    assertFalse(json.contains(budi.passwordHash()), json);
    assertFalse(json.contains("pbkdf2"), json);
    assertFalse(json.contains("password"), json);
    assertFalse(json.contains("budi@dinas.go.id"), json);
  }
}
