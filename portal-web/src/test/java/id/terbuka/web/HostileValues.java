package id.terbuka.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a stranger may send instead of a proper value: the probe suite ({@link InputProbeIT}) sends
 * each of these to every parameter of every endpoint in {@link ProbeTargets}.
 */
final class HostileValues {
  private HostileValues() {}

  /** Length of the over-long text: far past any column, within the 1 MB test upload limit. */
  static final int OVER_LONG = 200_000;

  /** Text values, sent in query strings, forms and JSON bodies alike. */
  static Map<String, String> texts() {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("nul", "a\u0000b");
    v.put("nul-only", "\u0000");
    v.put("over-long", "x".repeat(OVER_LONG));
    v.put("sql-quote", "' OR '1'='1");
    v.put("sql-statement", "x\"; DROP TABLE dataset; --");
    v.put("html", "<script>alert(1)</script>");
    v.put("path", "../../../../etc/passwd");
    v.put("solr", "*:* OR {!join from=id to=id}id:*");
    v.put("solr-local-params", "{!xmlparser v='<!DOCTYPE a SYSTEM \"file:///etc/passwd\"><a/>'}");
    v.put("jndi", "${jndi:ldap://127.0.0.1:1/a}");
    v.put("number-huge", "99999999999999999999999999999");
    v.put("number-negative", "-1");
    v.put("percent", "%");
    v.put("backslash", "\\");
    v.put("control", "a\u0001\u001f\u007fb");
    v.put("unpaired-surrogate", "a\ud800b");
    v.put("bidi", "\u202eabc");
    v.put("empty", "");
    v.put("whitespace", " \t\r\n ");
    return v;
  }

  /**
   * Raw query-string encodings that do not decode to valid UTF-8 (a lone continuation byte, an
   * overlong encoding, a byte never used in UTF-8, a cut escape).
   */
  static List<String> invalidUtf8Encoded() {
    return List.of("%C3%28", "%C0%AF", "%FF%FE", "%E2%82", "%", "%zz");
  }

  /** Values of the wrong JSON type for a text field (and a text for a list field). */
  static Map<String, Object> wrongTypes() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("list", List.of("a", "b"));
    v.put("list-of-one", List.of("a"));
    v.put("object", Map.of("a", "b"));
    v.put("number", 12345);
    v.put("decimal", 1.5e300);
    v.put("boolean", true);
    v.put("list-of-objects", List.of(Map.of("x", List.of(1, 2))));
    v.put("nested", nested(40));
    return v;
  }

  /** Lists nested {@code depth} deep: {@code [[[...]]]}. */
  static Object nested(int depth) {
    Object v = "x";
    for (int i = 0; i < depth; i++) {
      List<Object> l = new ArrayList<>();
      l.add(v);
      v = l;
    }
    return v;
  }

  /** JSON text nested {@code depth} deep, far beyond what a parser's stack allows. */
  static String deepJson(int depth) {
    return "{\"q\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
  }
}
