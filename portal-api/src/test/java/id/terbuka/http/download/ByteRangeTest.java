package id.terbuka.http.download;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ByteRangeTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        // header | size | kind | first | last
        "bytes=0-9|100|PARTIAL|0|9",
        "bytes=10-|100|PARTIAL|10|99",
        "bytes=-5|100|PARTIAL|95|99",
        "bytes=-500|100|PARTIAL|0|99",
        "bytes=90-1000|100|PARTIAL|90|99",
        "bytes = 3 - 4|100|PARTIAL|3|4",
        "bytes=99-99|100|PARTIAL|99|99",
        "bytes=100-|100|UNSATISFIABLE|-1|-1",
        "bytes=100-200|100|UNSATISFIABLE|-1|-1",
        "bytes=-0|100|UNSATISFIABLE|-1|-1",
        "bytes=0-|0|UNSATISFIABLE|-1|-1",
        "bytes=-1|0|UNSATISFIABLE|-1|-1",
        "bytes=99999999999999999999-|100|UNSATISFIABLE|-1|-1",
        "null|100|WHOLE|-1|-1",
        "bytes=5-3|100|WHOLE|-1|-1",
        "bytes=0-1,5-6|100|WHOLE|-1|-1",
        "items=0-1|100|WHOLE|-1|-1",
        "bytes=-|100|WHOLE|-1|-1",
        "bytes=a-b|100|WHOLE|-1|-1",
      })
  void singleRangesAreParsedAgainstTheSize(
      String header, long size, ByteRange.Kind kind, long first, long last) {
    ByteRange r = ByteRange.parse(header, size);
    assertEquals(kind, r.kind(), header);
    if (kind == ByteRange.Kind.PARTIAL) {
      assertEquals(first, r.first(), header);
      assertEquals(last, r.last(), header);
      assertEquals(last - first + 1, r.length());
    }
  }

  @org.junit.jupiter.api.Test
  void contentRangeValues() {
    assertEquals("bytes 0-9/100", ByteRange.parse("bytes=0-9", 100).contentRange(100));
    assertEquals("bytes */100", ByteRange.parse("bytes=200-", 100).contentRange(100));
  }
}
