package id.terbuka.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UploadTest {
  private static String safe(String name) {
    return new Upload(name, null, null).safeFilename();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "data.csv|data.csv",
        "C:\\Users\\budi\\Desktop\\APBD 2024.xlsx|APBD_2024.xlsx",
        "../../etc/passwd|passwd",
        "/var/lib/x/.|data",
        "..|data",
        "laporan (final);rm -rf.csv|laporan__final__rm_-rf.csv",
        "penduduk_\u00e9t\u00e9.csv|penduduk_\u00e9t\u00e9.csv",
        "dir/|data",
      })
  void filenamesAreReducedToASafeLastSegment(String given, String expected) {
    assertEquals(expected, safe(given));
  }

  @org.junit.jupiter.api.Test
  void missingNameBecomesData() {
    assertEquals("data", safe(null));
    assertEquals("data", safe(""));
  }
}
