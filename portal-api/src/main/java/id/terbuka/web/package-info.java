/**
 * The public web pages: one front controller ({@link id.terbuka.web.PortalServlet}) routes GET
 * requests ({@link id.terbuka.web.Router}) to page handlers that call the same application services
 * as the API (so visibility is {@code DatasetAccess}'s, as everywhere) and fill view records that
 * jte templates (src/main/jte, precompiled at build time) turn into HTML. Every state is in the
 * URL; nothing needs JavaScript. Languages and formatting live in {@code id.terbuka.web.i18n}.
 */
package id.terbuka.web;
