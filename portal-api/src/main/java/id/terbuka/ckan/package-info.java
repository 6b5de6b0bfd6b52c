/**
 * The CKAN Action API v3 adapter ({@code /api/3/action/*} and {@code /api/action/*}): request
 * parsing (query string, JSON, form and multipart bodies), the action table, and CKAN's response
 * envelope and error types, quirks included, so that unmodified CKAN clients and harvesters work.
 * Actions only translate; the rules live in the application services.
 */
package id.terbuka.ckan;
