package id.terbuka.http.download;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompressionTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "text/csv|true",
        "text/plain; charset=utf-8|true",
        "application/json|true",
        "application/geo+json|true",
        "application/xml|true",
        "application/rdf+xml|true",
        "application/zip|false",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet|false",
        "image/png|false",
        "null|false",
      })
  void textTypesOnly(String type, boolean expected) {
    assertEquals(expected, Compression.compressible(type), type);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "gzip|true",
        "gzip, deflate, br|true",
        "br;q=1.0, gzip;q=0.5|true",
        "GZIP|true",
        "*|true",
        "gzip;q=0|false",
        "gzip;q=0.0, *|false",
        "*;q=0|false",
        "identity|false",
        "deflate|false",
        "null|false",
      })
  void acceptEncoding(String header, boolean expected) {
    assertEquals(expected, Compression.acceptsGzip(header), header);
  }
}
