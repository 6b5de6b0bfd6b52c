package id.terbuka.datastore.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 (with or without BOM) or Windows-1252, the two encodings Indonesian offices' files come in:
 * Excel on Windows saves "CSV" in the ANSI code page. A sample that decodes as strict UTF-8 is
 * UTF-8, because text in Windows-1252 with accented letters practically never does.
 */
final class EncodingDetector {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private EncodingDetector() {}

  /** Number of bytes of the UTF-8 byte order mark at the start of the sample (0 or 3). */
  static int bomLength(byte[] sample, int length) {
    return length >= 3 && sample[0] == BOM[0] && sample[1] == BOM[1] && sample[2] == BOM[2] ? 3 : 0;
  }

  /**
   * The charset of the sample; {@code complete} says whether it is the whole file (if not, a
   * character cut at the end of the sample is not an error).
   */
  static Charset detect(byte[] sample, int length, boolean complete) {
    if (bomLength(sample, length) > 0) {
      return StandardCharsets.UTF_8;
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(sample, 0, length);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(in, out, complete);
      if (result.isError()) {
        return WINDOWS_1252;
      }
      if (result.isUnderflow()) {
        break;
      }
      out.clear();
    }
    return StandardCharsets.UTF_8;
  }
}
