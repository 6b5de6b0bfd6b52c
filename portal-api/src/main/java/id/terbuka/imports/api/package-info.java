/**
 * The HTTP side every domain's {@code /api/v1/{domain}/imports} shares: the multipart upload, the
 * history, and the report answered with the contract's status codes.
 */
package id.terbuka.imports.api;
