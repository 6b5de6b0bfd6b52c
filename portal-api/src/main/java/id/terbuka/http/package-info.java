/**
 * What every HTTP adapter ({@code ckan}, {@code web}, {@code ops}) shares at the edge: the base of
 * the front controllers ({@link id.terbuka.http.FrontController}) and the refusal of input that no
 * service should ever see (the NUL character). Knows no capability.
 */
package id.terbuka.http;
