/**
 * The stored satisfaction answers: saved, counted and paged, keyed by the hash of the respondent's
 * token.
 */
package id.terbuka.feedback.persistence;
