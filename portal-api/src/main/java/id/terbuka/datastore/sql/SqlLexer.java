package id.terbuka.datastore.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL into tokens the way PostgreSQL's scanner does for everything that matters here: string
 * literals (plain with {@code ''}, {@code E'...'} with backslash escapes, dollar-quoted), quoted
 * identifiers, nested block comments and line comments. It does not parse SQL; it only makes sure
 * that a word inside a string or a comment is never taken for a keyword or a function name, and
 * that a quoted name is read exactly as PostgreSQL will read it.
 *
 * <p>Assumes {@code standard_conforming_strings = on} (the default; the SQL search sets it).
 */
final class SqlLexer {
  enum Kind {
    /** An unquoted word (keyword or identifier), lower-cased as PostgreSQL folds it. */
    WORD,
    /** A quoted identifier, exactly as written between the quotes. */
    QUOTED,
    STRING,
    NUMBER,
    /** {@code $1}: a parameter (only in EXPLAIN output). */
    PARAM,
    /** {@code ::}. */
    CAST,
    /** One of {@code ( ) [ ] , ; . :}. */
    PUNCT,
    /** An operator character or anything else. */
    OTHER
  }

  /**
   * @param position 1-based character position in the text (as PostgreSQL reports positions)
   */
  record Token(Kind kind, String text, int position) {
    boolean is(Kind k, String t) {
      return kind == k && text.equals(t);
    }

    boolean isWord(String w) {
      return is(Kind.WORD, w);
    }

    boolean isPunct(String p) {
      return is(Kind.PUNCT, p);
    }
  }

  private final String sql;
  private final boolean parameters;
  private int i;

  private SqlLexer(String sql, boolean parameters) {
    this.sql = sql;
    this.parameters = parameters;
  }

  /**
   * The tokens of {@code sql}.
   *
   * @param parameters whether {@code $1} parameters may occur (they do in EXPLAIN output)
   * @throws SqlRefusal when the text cannot be tokenized safely (unterminated quote or comment,
   *     Unicode-escaped identifier, parameters where none may be)
   */
  static List<Token> tokens(String sql, boolean parameters) {
    return new SqlLexer(sql, parameters).run();
  }

  private List<Token> run() {
    List<Token> out = new ArrayList<>();
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      int start = i;
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '-' && peek(1) == '-') {
        while (i < n && sql.charAt(i) != '\n' && sql.charAt(i) != '\r') {
          i++;
        }
      } else if (c == '/' && peek(1) == '*') {
        blockComment();
      } else if (quoteStarts(c)) {
        out.add(quotedToken(c, start));
      } else if (identifierStart(c)) {
        i++;
        while (i < n && identifierPart(sql.charAt(i))) {
          i++;
        }
        out.add(new Token(Kind.WORD, fold(sql.substring(start, i)), start + 1));
      } else if (Character.isDigit(c) || (c == '.' && Character.isDigit(peek(1)))) {
        number();
        out.add(new Token(Kind.NUMBER, sql.substring(start, i), start + 1));
      } else if (c == '$') {
        dollar(out, start);
      } else if (c == ':' && peek(1) == ':') {
        i += 2;
        out.add(new Token(Kind.CAST, "::", start + 1));
      } else if ("()[],;.:".indexOf(c) >= 0) {
        i++;
        out.add(new Token(Kind.PUNCT, String.valueOf(c), start + 1));
      } else {
        i++;
        out.add(new Token(Kind.OTHER, String.valueOf(c), start + 1));
      }
    }
    return out;
  }

  /**
   * Whether a string or quoted identifier starts here: a quote, or a prefix before one ({@code
   * E'...'} with escapes, {@code B'...'}, {@code X'...'}, {@code N'...'}, {@code U&'...'}).
   */
  private boolean quoteStarts(char c) {
    return c == '\''
        || c == '"'
        || ((c == 'e' || c == 'E') && peek(1) == '\'')
        || ((c == 'b' || c == 'B' || c == 'x' || c == 'X' || c == 'n' || c == 'N')
            && peek(1) == '\'')
        || ((c == 'u' || c == 'U') && peek(1) == '&' && (peek(2) == '\'' || peek(2) == '"'));
  }

  /** The string or quoted identifier that {@link #quoteStarts} found at {@code start}. */
  private Token quotedToken(char c, int start) {
    if (c == '\'') {
      return new Token(Kind.STRING, quoted('\'', false), start + 1);
    }
    if (c == '"') {
      return new Token(Kind.QUOTED, quoted('"', false), start + 1);
    }
    if (c == 'e' || c == 'E') {
      i++;
      return new Token(Kind.STRING, quoted('\'', true), start + 1);
    }
    if (c == 'u' || c == 'U') {
      if (peek(2) == '"') {
        throw SqlRefusal.invalid(
            "Unicode-escaped identifiers (U&\"...\") are not supported, at character "
                + (start + 1));
      }
      i += 2;
      return new Token(Kind.STRING, quoted('\'', false), start + 1);
    }
    // B'...', X'...', N'...': the prefix, then an ordinary string.
    i++;
    return new Token(Kind.STRING, quoted('\'', false), start + 1);
  }

  private char peek(int ahead) {
    int j = i + ahead;
    return j < sql.length() ? sql.charAt(j) : '\0';
  }

  private void blockComment() {
    int start = i;
    int depth = 0;
    while (i < sql.length()) {
      if (sql.startsWith("/*", i)) {
        depth++;
        i += 2;
      } else if (sql.startsWith("*/", i)) {
        depth--;
        i += 2;
        if (depth == 0) {
          return;
        }
      } else {
        i++;
      }
    }
    throw SqlRefusal.invalid("unterminated /* comment at character " + (start + 1));
  }

  /** Reads a quoted text starting at the quote; a doubled quote stands for one. */
  private String quoted(char quote, boolean backslashes) {
    int start = i;
    StringBuilder b = new StringBuilder();
    i++;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (backslashes && c == '\\' && i + 1 < sql.length()) {
        b.append(c).append(sql.charAt(i + 1));
        i += 2;
      } else if (c == quote) {
        if (peek(1) == quote) {
          b.append(quote);
          i += 2;
        } else {
          i++;
          return b.toString();
        }
      } else {
        b.append(c);
        i++;
      }
    }
    throw SqlRefusal.invalid(
        "unterminated "
            + (quote == '"' ? "quoted identifier" : "quoted string")
            + " at character "
            + (start + 1));
  }

  private void number() {
    while (i < sql.length() && (Character.isDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
      i++;
    }
    if (i < sql.length() && sql.charAt(i) == '.' && peek(1) != '.') {
      i++;
      while (i < sql.length() && Character.isDigit(sql.charAt(i))) {
        i++;
      }
    }
    if (i < sql.length()
        && (sql.charAt(i) == 'e' || sql.charAt(i) == 'E')
        && (Character.isDigit(peek(1))
            || ((peek(1) == '+' || peek(1) == '-') && Character.isDigit(peek(2))))) {
      i += 2;
      while (i < sql.length() && Character.isDigit(sql.charAt(i))) {
        i++;
      }
    }
  }

  /** {@code $1} or a dollar-quoted string {@code $tag$...$tag$}. */
  private void dollar(List<Token> out, int start) {
    if (Character.isDigit(peek(1))) {
      i++;
      while (i < sql.length() && Character.isDigit(sql.charAt(i))) {
        i++;
      }
      if (!parameters) {
        throw SqlRefusal.invalid(
            "parameters ("
                + sql.substring(start, i)
                + ") are not supported, at character "
                + (start + 1));
      }
      out.add(new Token(Kind.PARAM, sql.substring(start, i), start + 1));
      return;
    }
    int j = i + 1;
    while (j < sql.length() && sql.charAt(j) != '$' && identifierPart(sql.charAt(j))) {
      j++;
    }
    String tag = sql.substring(i, j) + "$";
    if (j >= sql.length()
        || sql.charAt(j) != '$'
        || (tag.length() > 2 && !identifierStart(tag.charAt(1)))) {
      i++;
      out.add(new Token(Kind.OTHER, "$", start + 1));
      return;
    }
    int end = sql.indexOf(tag, j + 1);
    if (end < 0) {
      throw SqlRefusal.invalid("unterminated dollar-quoted string at character " + (start + 1));
    }
    out.add(new Token(Kind.STRING, sql.substring(j + 1, end), start + 1));
    i = end + tag.length();
  }

  private static boolean identifierStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
  }

  private static boolean identifierPart(char c) {
    return identifierStart(c) || (c >= '0' && c <= '9') || c == '$';
  }

  /** PostgreSQL folds unquoted names to lower case (ASCII letters only). */
  static String fold(String word) {
    StringBuilder b = new StringBuilder(word.length());
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
    }
    return b.toString();
  }
}
