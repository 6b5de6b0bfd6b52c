package id.terbuka.web;

/**
 * A page to render: the template, its model (the template's {@code view} parameter) and the HTTP
 * status.
 */
public record View(int status, String template, Object model) {
  static View of(String template, Object model) {
    return new View(200, template, model);
  }
}
