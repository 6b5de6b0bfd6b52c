package id.terbuka.web.publisher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CsrfTest {
  private static final String SITE = "https://data.bojonegorokab.go.id";

  @Test
  void theSessionsTokenIsNeeded() {
    assertTrue(Csrf.valid("abc", "abc", null, SITE, "http://10.0.0.5:8080"));
    assertFalse(Csrf.valid("abc", "abd", null, SITE, "http://10.0.0.5:8080"));
    assertFalse(Csrf.valid("abc", null, null, SITE, "http://10.0.0.5:8080"));
    assertFalse(Csrf.valid(null, "abc", null, SITE, "http://10.0.0.5:8080"));
    assertFalse(Csrf.valid(null, null, null, SITE, "http://10.0.0.5:8080"));
  }

  @Test
  void anOriginMustBeThisSite() {
    assertTrue(Csrf.valid("t", "t", "https://data.bojonegorokab.go.id", SITE, "http://x:1"));
    assertTrue(Csrf.valid("t", "t", "https://DATA.bojonegorokab.go.id:443", SITE, "http://x:1"));
    assertTrue(Csrf.valid("t", "t", "http://localhost:8080", SITE, "http://localhost:8080"));
    assertFalse(Csrf.valid("t", "t", "https://evil.example", SITE, "http://localhost:8080"));
    assertFalse(Csrf.valid("t", "t", "http://data.bojonegorokab.go.id", SITE, "http://x:1"));
    assertFalse(Csrf.valid("t", "t", "null", SITE, "http://x:1"));
  }

  @Test
  void originsAreNormalised() {
    assertEquals("http://a.id", Csrf.normalise("http://A.id:80/path"));
    assertEquals("https://a.id:8443", Csrf.normalise("https://a.id:8443"));
    assertNull(Csrf.normalise("not a url"));
    assertNull(Csrf.normalise(null));
  }
}
