/**
 * The catalogue's native endpoints: {@code /api/v1/reviews}, the walidata's review queue (ADR
 * 0016). The catalogue itself is served by CKAN's Action API ({@code id.terbuka.ckan}).
 */
package id.terbuka.catalog.api;
