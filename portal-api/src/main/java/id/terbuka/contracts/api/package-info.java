/**
 * The open-contracting HTTP API under {@code /api/v1/ocds} and {@code /api/v1/contracts}: the
 * public validator, release-package ingest, the procurement spreadsheet import, releases and
 * records as OCDS packages, and the contracts search.
 */
package id.terbuka.contracts.api;
