package id.terbuka.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretsTest {
  @Test
  void randomSecretsAreUrlSafeAndDistinct() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      String s = Secrets.random(32);
      assertEquals(43, s.length(), "32 bytes, base64url without padding");
      assertTrue(s.matches("[A-Za-z0-9_-]+"), s);
      seen.add(s);
    }
    assertEquals(200, seen.size());
    assertEquals(22, Secrets.random(16).length());
  }

  @Test
  void sha256HexMatchesKnownVectors() {
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        Secrets.sha256Hex("abc"));
    assertEquals(
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Secrets.sha256Hex(""));
    assertEquals(64, Secrets.sha256Hex("\u00e9").length());
  }
}
