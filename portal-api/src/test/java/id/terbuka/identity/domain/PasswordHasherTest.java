package id.terbuka.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
  @Test
  void hashesVerifyAndAreSalted() {
    String a = PasswordHasher.hash("rahasia-sekali");
    String b = PasswordHasher.hash("rahasia-sekali");
    assertNotEquals(a, b, "salted");
    String[] parts = a.split("\\$");
    assertEquals(4, parts.length);
    assertEquals("pbkdf2-sha256", parts[0]);
    assertTrue(Integer.parseInt(parts[1]) >= 100_000);
    assertFalse(a.contains("rahasia"));
    assertTrue(PasswordHasher.verify("rahasia-sekali", a));
    assertTrue(PasswordHasher.verify("rahasia-sekali", b));
    assertFalse(PasswordHasher.verify("rahasia-sekalI", a));
    assertFalse(PasswordHasher.verify("", a));
    assertTrue(
        PasswordHasher.verify(
            "kata sandi \u00fcnicode", PasswordHasher.hash("kata sandi \u00fcnicode")));
  }

  @Test
  void missingOrMalformedHashesNeverVerify() {
    assertFalse(PasswordHasher.verify(null, PasswordHasher.hash("x")));
    assertFalse(PasswordHasher.verify("x", null));
    for (String stored :
        List.of(
            "",
            "plain-text",
            "md5$1$abc$def",
            "pbkdf2-sha256$notanumber$AAAA$AAAA",
            "pbkdf2-sha256$1000$!!not-base64!!$AAAA",
            "pbkdf2-sha256$0$AAAA$AAAA",
            "pbkdf2-sha256$-5$AAAA$AAAA")) {
      assertFalse(PasswordHasher.verify("x", stored), stored);
    }
  }
}
