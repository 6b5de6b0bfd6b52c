package id.terbuka.web.publisher;

import id.terbuka.web.View;

/**
 * What a publisher page answers: a page to render, or after a successful change a redirect (303, so
 * that reloading does not post again).
 *
 * @param redirect a path below the context root, or null
 */
record Outcome(View view, String redirect) {
  static Outcome page(String template, Object model) {
    return new Outcome(new View(200, template, model), null);
  }

  static Outcome page(int status, String template, Object model) {
    return new Outcome(new View(status, template, model), null);
  }

  static Outcome redirect(String path) {
    return new Outcome(null, path);
  }

  static Outcome denied(PublisherViews.Me me, String reasonKey) {
    return page(403, "publisher/denied.jte", new PublisherViews.DeniedView(me, reasonKey));
  }
}
