package id.terbuka.harvest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.shared.InvalidInputException;
import java.net.InetAddress;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceRulesTest {
  @Test
  void normalisesUrls() {
    assertEquals("https://data.kec.go.id", SourceUrl.normalise(" https://Data.Kec.go.id/ "));
    assertEquals(
        "http://127.0.0.1:8080/ckan",
        SourceUrl.normalise("http://127.0.0.1:8080/ckan/api/3/action/package_search"));
    for (String bad :
        new String[] {
          "ftp://x.org", "file:///etc/passwd", "javascript:alert(1)", "https://u:p@x.org",
          "https://x.org/?q=1", "http:///path", "not a url", ""
        }) {
      assertThrows(IllegalArgumentException.class, () -> SourceUrl.normalise(bad), bad);
    }
  }

  @Test
  void checksTheWholeRequestAtOnce() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> SourceRules.check(Map.of("url", "gopher://x", "schedule", "weekly")));
    assertEquals(java.util.Set.of("url", "organization", "schedule"), e.errors().keySet());
    SourceRules.SourceInput in =
        SourceRules.check(Map.of("url", "https://x.org/", "organization", "dinkes"));
    assertEquals("manual", in.schedule());
    assertEquals("https://x.org", in.title());
    assertTrue(in.enabled());
  }

  @Test
  void privateAddresses() throws Exception {
    for (String a :
        new String[] {
          "127.0.0.1",
          "10.1.2.3",
          "192.168.0.1",
          "172.16.0.1",
          "169.254.169.254",
          "::1",
          "fd00::1",
          "100.64.0.1",
          "0.0.0.0"
        }) {
      assertTrue(Addresses.isPrivate(InetAddress.getByName(a)), a);
    }
    for (String a : new String[] {"8.8.8.8", "103.10.1.1", "2001:4860::8888"}) {
      assertFalse(Addresses.isPrivate(InetAddress.getByName(a)), a);
    }
  }

  @Test
  void scheduledRunsAreFullOnceADay() {
    java.time.LocalDateTime now = java.time.LocalDateTime.of(2026, 12, 4, 12, 0);
    assertTrue(SourceRules.fullRunDue(java.util.Optional.empty(), now));
    assertFalse(SourceRules.fullRunDue(java.util.Optional.of(now.minusHours(23)), now));
    assertTrue(SourceRules.fullRunDue(java.util.Optional.of(now.minusHours(24)), now));
    assertEquals(java.util.Optional.empty(), SourceRules.interval("manual"));
    assertEquals(
        java.util.Optional.of(java.time.Duration.ofHours(1)), SourceRules.interval("hourly"));
  }
}
