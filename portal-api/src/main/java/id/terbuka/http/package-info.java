/**
 * What every HTTP adapter ({@code ckan}, {@code web}, {@code ops}) shares at the edge: the base of
 * the front controllers ({@link id.terbuka.http.FrontController}), the visitor of a request (token
 * or sign-in session, {@link id.terbuka.http.Visitors}), serving stored files ({@code
 * http.download}) and the refusal of input that no service should ever see (the NUL character).
 * Calls capabilities' services only.
 */
package id.terbuka.http;
