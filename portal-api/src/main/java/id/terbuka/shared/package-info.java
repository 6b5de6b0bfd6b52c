/**
 * What every capability shares: configuration, JSON and time helpers, and the error types that the
 * HTTP layers turn into CKAN or problem+json responses.
 */
package id.terbuka.shared;
