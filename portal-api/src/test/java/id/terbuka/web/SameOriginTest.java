package id.terbuka.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SameOriginTest {
  private static final String SITE = "https://data.bojonegorokab.go.id";

  @Test
  void theSitesOwnOriginIsAccepted() {
    assertTrue(SameOrigin.allowed(SITE, null, "10.0.0.5:8080", SITE));
    assertTrue(SameOrigin.allowed("https://DATA.bojonegorokab.go.id:443", null, "x", SITE));
  }

  @Test
  void theHostTheRequestWasSentToIsAcceptedToo() {
    assertTrue(
        SameOrigin.allowed(
            "http://localhost:8123", null, "localhost:8123", "http://localhost:8080"));
  }

  @Test
  void anotherSiteIsRefused() {
    assertFalse(SameOrigin.allowed("https://evil.example", null, "data.bojonegorokab.go.id", SITE));
    assertFalse(
        SameOrigin.allowed(
            "https://data.bojonegorokab.go.id.evil.example", null, "localhost:8080", SITE));
    assertFalse(SameOrigin.allowed("http://data.bojonegorokab.go.id", null, "localhost", SITE));
    assertFalse(SameOrigin.allowed("null", null, "data.bojonegorokab.go.id", SITE));
  }

  @Test
  void withoutOriginTheRefererDecidesAndWithoutBothItIsRefused() {
    assertTrue(SameOrigin.allowed(null, SITE + "/dataset/penduduk", "x", SITE));
    assertFalse(SameOrigin.allowed(null, "https://evil.example/page", "x", SITE));
    assertFalse(SameOrigin.allowed(null, null, "data.bojonegorokab.go.id", SITE));
    assertFalse(SameOrigin.allowed("", "not a url", "x", SITE));
  }

  @Test
  void originsAreNormalised() {
    assertEquals("http://a.b:8080", SameOrigin.originOf("HTTP://A.b:8080/x?y"));
    assertEquals("https://a.b", SameOrigin.originOf("https://a.b:443/"));
  }
}
