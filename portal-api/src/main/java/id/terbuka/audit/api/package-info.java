/**
 * {@code /api/v1/audit}: the public publication log (pages, head) and its verification (the chain
 * at once, the stored files in the background).
 */
package id.terbuka.audit.api;
