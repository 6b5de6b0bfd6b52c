/**
 * The activity stream: every create, update and delete of a dataset, resource, organisation or
 * group, recorded in the same transaction as the change, with the actor and the object as it was.
 * History pages and the publication log build on it.
 *
 * <p>Also the tamper-evident publication log (issue 13): its entries, hash chain and verification
 * in the pure part {@code chain} ({@code docs/audit-log.md}).
 *
 * <p>Laid out as ADR 0011 says: {@code persistence} and {@code service} (no entities of its own, so
 * no {@code domain}), and the pure part {@code chain}.
 */
package id.terbuka.audit;
