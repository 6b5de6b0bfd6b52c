package id.terbuka.contracts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

  @Test
  void keyOrderDoesNotChangeTheHashButContentDoes() {
    String a = CanonicalJson.sha256(OcdsJson.parse("{\"b\":1,\"a\":{\"y\":[1,2],\"x\":\"t\"}}"));
    String b = CanonicalJson.sha256(OcdsJson.parse("{\"a\":{\"x\":\"t\",\"y\":[1,2]},\"b\":1}"));
    assertEquals(a, b);
    assertNotEquals(
        a, CanonicalJson.sha256(OcdsJson.parse("{\"a\":{\"x\":\"t\",\"y\":[2,1]},\"b\":1}")));
    assertEquals(64, a.length());
  }

  @Test
  void decimalsAreKeptAsWritten() {
    assertEquals("{\"a\":1.50}", CanonicalJson.text(OcdsJson.parse("{\"a\":1.50}")));
  }
}
