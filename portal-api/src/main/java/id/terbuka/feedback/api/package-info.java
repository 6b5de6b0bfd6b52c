/**
 * The native REST endpoint of feedback under {@code /api/v1}: the satisfaction report of a dataset,
 * calling the service only.
 */
package id.terbuka.feedback.api;
