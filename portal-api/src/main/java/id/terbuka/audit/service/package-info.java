/**
 * Recording an activity inside the transaction of its change, and reading streams a page at a time
 * with the caller's visibility filter; the publication log ({@code PublicationLog}: appends in the
 * publication's transaction, pages, head, chain verification; {@code StoredFileCheck}: the stored
 * files re-hashed in the background, one run at a time).
 */
package id.terbuka.audit.service;
