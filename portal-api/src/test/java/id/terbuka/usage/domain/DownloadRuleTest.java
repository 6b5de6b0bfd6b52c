package id.terbuka.usage.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DownloadRuleTest {
  @Test
  void aWholeFileOrALinkRedirectIsADownload() {
    assertTrue(DownloadRule.counts("GET", 200, null));
    assertTrue(DownloadRule.counts("GET", 302, null));
    assertTrue(DownloadRule.counts("get", 200, null));
  }

  @Test
  void headNotModifiedAndErrorsAreNot() {
    assertFalse(DownloadRule.counts("HEAD", 200, null));
    assertFalse(DownloadRule.counts("GET", 304, null));
    assertFalse(DownloadRule.counts("GET", 404, null));
    assertFalse(DownloadRule.counts("GET", 403, null));
    assertFalse(DownloadRule.counts("GET", 416, "bytes=999999-"));
  }

  @Test
  void onlyTheFirstPartOfARangedDownloadCounts() {
    assertTrue(DownloadRule.counts("GET", 206, "bytes=0-"));
    assertTrue(DownloadRule.counts("GET", 206, "bytes=0-1048575"));
    assertTrue(DownloadRule.counts("GET", 206, " bytes = 0-99"));
    assertFalse(DownloadRule.counts("GET", 206, "bytes=1048576-"));
    assertFalse(DownloadRule.counts("GET", 206, "bytes=-500"));
    assertFalse(DownloadRule.counts("GET", 206, null));
    assertFalse(DownloadRule.counts("GET", 206, "items=0-"));
  }
}
