package id.terbuka.web;

import static id.terbuka.web.SameOrigin.Verdict.OTHER;
import static id.terbuka.web.SameOrigin.Verdict.SAME;
import static id.terbuka.web.SameOrigin.Verdict.UNDECLARED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * One test per case of the same-origin rule the satisfaction form and the publisher forms share.
 */
class SameOriginTest {
  private static final String SITE = "https://data.bojonegorokab.go.id";
  private static final String ELSEWHERE = "http://10.0.0.5:8080";

  private static SameOrigin.Verdict origin(String origin) {
    return SameOrigin.of(origin, null, ELSEWHERE, SITE);
  }

  @Test
  void theSitesOwnOriginIsTheSame() {
    assertEquals(SAME, origin(SITE));
  }

  @Test
  void theOriginTheRequestWasAddressedToIsTheSame() {
    assertEquals(SAME, SameOrigin.of("http://localhost:8123", null, "http://localhost:8123", SITE));
    assertEquals(SAME, origin(ELSEWHERE));
  }

  @Test
  void anotherSiteOrALookalikeIsOther() {
    assertEquals(OTHER, origin("https://evil.example"));
    assertEquals(OTHER, origin("https://data.bojonegorokab.go.id.evil.example"));
    assertEquals(OTHER, origin("https://evil-data.bojonegorokab.go.id"));
  }

  @Test
  void schemeAndPortArePartOfTheOrigin() {
    assertEquals(OTHER, origin("http://data.bojonegorokab.go.id"));
    assertEquals(OTHER, origin("https://data.bojonegorokab.go.id:8443"));
    assertEquals(OTHER, origin("https://10.0.0.5:8080"));
    assertEquals(OTHER, origin("http://10.0.0.5"));
  }

  @Test
  void anExplicitDefaultPortEqualsTheImplicitOne() {
    assertEquals(SAME, origin("https://data.bojonegorokab.go.id:443"));
    assertEquals(SAME, SameOrigin.of("http://a.id:80", null, "http://a.id", SITE));
    assertEquals(SAME, SameOrigin.of("http://a.id", null, "http://a.id:80", SITE));
    assertEquals(SAME, SameOrigin.of(SITE, null, ELSEWHERE, SITE + ":443/"));
    // 443 is only https's default
    assertEquals(OTHER, SameOrigin.of("http://a.id:443", null, "http://a.id", SITE));
  }

  @Test
  void schemeAndHostIgnoreCase() {
    assertEquals(SAME, origin("HTTPS://DATA.Bojonegorokab.GO.ID"));
    assertEquals(SAME, SameOrigin.of("http://a.id:8080", null, "http://A.ID:8080", SITE));
  }

  @Test
  void surroundingWhitespaceIsIgnored() {
    assertEquals(SAME, origin("  " + SITE + "\t"));
    assertEquals(SAME, SameOrigin.of(null, " " + SITE + "/dataset/x ", ELSEWHERE, SITE));
    assertEquals(SAME, SameOrigin.of("http://a.id", null, " http://a.id ", SITE));
  }

  @Test
  void originNullIsNeverTheSameAndDoesNotFallBackToTheReferer() {
    assertEquals(OTHER, origin("null"));
    assertEquals(OTHER, origin(" null "));
    assertEquals(OTHER, SameOrigin.of("null", SITE + "/dataset/x", ELSEWHERE, SITE));
  }

  @Test
  void withoutOriginTheRefererDecides() {
    assertEquals(SAME, SameOrigin.of(null, SITE + "/dataset/penduduk?x=1#y", ELSEWHERE, SITE));
    assertEquals(SAME, SameOrigin.of("  ", SITE + "/dataset/penduduk", ELSEWHERE, SITE));
    assertEquals(OTHER, SameOrigin.of(null, "https://evil.example/page", ELSEWHERE, SITE));
    // a path a strict URI parser would refuse does not hide the origin
    assertEquals(SAME, SameOrigin.of(null, SITE + "/cari?q=a b|c", ELSEWHERE, SITE));
  }

  @Test
  void anOriginPresentWinsOverTheReferer() {
    assertEquals(OTHER, SameOrigin.of("https://evil.example", SITE + "/x", ELSEWHERE, SITE));
  }

  @Test
  void neitherHeaderIsUndeclared() {
    assertEquals(UNDECLARED, SameOrigin.of(null, null, ELSEWHERE, SITE));
    assertEquals(UNDECLARED, SameOrigin.of("", " ", ELSEWHERE, SITE));
  }

  @Test
  void somethingUnreadableIsOther() {
    assertEquals(OTHER, origin("not a url"));
    assertEquals(OTHER, origin("data.bojonegorokab.go.id"));
    assertEquals(OTHER, origin("https://"));
    assertEquals(OTHER, origin("https://exa mple.org"));
    assertEquals(OTHER, SameOrigin.of(null, "/dataset/x", ELSEWHERE, SITE));
  }

  @Test
  void onlyWebSchemesHaveAnOriginHere() {
    assertEquals(OTHER, origin("file://data.bojonegorokab.go.id"));
    assertEquals(OTHER, origin("ftp://data.bojonegorokab.go.id"));
    assertEquals(OTHER, origin("javascript:alert(1)//https://data.bojonegorokab.go.id"));
  }

  @Test
  void ipv6HostsCompareWithTheirPort() {
    assertEquals(SAME, SameOrigin.of("http://[::1]:8080", null, "http://[::1]:8080", SITE));
    assertEquals(SAME, SameOrigin.of("http://[FE80::1]", null, "http://[fe80::1]:80", SITE));
    assertEquals(OTHER, SameOrigin.of("http://[::1]:8081", null, "http://[::1]:8080", SITE));
    assertEquals(OTHER, SameOrigin.of("http://[::2]:8080", null, "http://[::1]:8080", SITE));
  }

  @Test
  void userinfoInARefererIsNotPartOfTheOrigin() {
    assertEquals(
        SAME, SameOrigin.of(null, "https://user:pw@data.bojonegorokab.go.id/x", ELSEWHERE, SITE));
    assertEquals(
        OTHER,
        SameOrigin.of(null, "https://data.bojonegorokab.go.id@evil.example/", ELSEWHERE, SITE));
  }

  @Test
  void withoutAHostHeaderOnlyTheSiteUrlMatches() {
    assertEquals(SAME, SameOrigin.of(SITE, null, null, SITE));
    assertEquals(OTHER, SameOrigin.of("http://localhost:8080", null, null, SITE));
  }

  @Test
  void originsAreWrittenOneWay() {
    assertEquals("http://a.b:8080", SameOrigin.originOf("HTTP://A.b:8080/x?y"));
    assertEquals("https://a.b", SameOrigin.originOf("https://a.b:443/"));
    assertEquals("http://[::1]:8080", SameOrigin.originOf("http://[::1]:8080/"));
    assertNull(SameOrigin.originOf("null"));
    assertNull(SameOrigin.originOf(null));
  }
}
