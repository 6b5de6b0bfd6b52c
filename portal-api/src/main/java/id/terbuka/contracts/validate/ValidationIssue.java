package id.terbuka.contracts.validate;

import java.util.Objects;

/**
 * One problem found in a package.
 *
 * @param path JSON Pointer to the value concerned ({@code /releases/0/tender/value/amount}); the
 *     empty string is the whole document
 * @param code stable short code a program can rely on ({@code required}, {@code format_uri}, ...)
 * @param message short English sentence for people
 */
public record ValidationIssue(String path, String code, String message) {

  public ValidationIssue {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
