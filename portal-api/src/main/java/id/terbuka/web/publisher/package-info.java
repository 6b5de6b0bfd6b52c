/**
 * The publisher pages: sign-in and sign-out, the dashboard, dataset and resource forms, members,
 * API tokens, and the import pages of every domain (upload, report, history). One servlet ({@link
 * id.terbuka.web.publisher.PublisherServlet}) routes ({@link
 * id.terbuka.web.publisher.PublisherRouter}) to page handlers that call the same catalogue and
 * identity services as the Action API, so every rule and permission has one copy. The HTTP session
 * holds only the user id and a CSRF token (ADR 0010); every state-changing form is checked by
 * {@link id.terbuka.web.publisher.Csrf}.
 */
package id.terbuka.web.publisher;
