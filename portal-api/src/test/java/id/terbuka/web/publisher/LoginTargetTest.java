package id.terbuka.web.publisher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LoginTargetTest {
  @Test
  void onlyPathsOfThisSiteAreFollowedAfterSignIn() {
    assertEquals("/dataset/new", LoginPage.safeTarget("/dataset/new"));
    assertEquals("/dashboard", LoginPage.safeTarget(null));
    assertEquals("/dashboard", LoginPage.safeTarget("https://evil.example/"));
    assertEquals("/dashboard", LoginPage.safeTarget("//evil.example/"));
    assertEquals("/dashboard", LoginPage.safeTarget("/\\evil.example"));
    assertEquals("/dashboard", LoginPage.safeTarget("/x\r\nSet-Cookie: a=b"));
  }
}
