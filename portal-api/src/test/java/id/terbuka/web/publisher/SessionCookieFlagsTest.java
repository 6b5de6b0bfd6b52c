package id.terbuka.web.publisher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SessionCookieFlagsTest {
  @Test
  void sameSiteIsAddedAndSecureOnlyOverTls() {
    String c = "terbuka_session=abc; Path=/; HttpOnly";
    assertEquals(c + "; SameSite=Lax", SessionCookieFlags.flagged(c, false));
    assertEquals(c + "; SameSite=Lax; Secure", SessionCookieFlags.flagged(c, true));
  }

  @Test
  void flagsAlreadyThereAreNotRepeated() {
    String c = "terbuka_session=abc; Path=/; Secure; HttpOnly; SameSite=Strict";
    assertEquals(c, SessionCookieFlags.flagged(c, true));
    String end = "terbuka_session=abc; Path=/; HttpOnly; SameSite=Lax; Secure";
    assertEquals(end, SessionCookieFlags.flagged(end, true));
  }
}
