/**
 * The activity stream: every create, update and delete of a dataset, resource, organisation or
 * group, recorded in the same transaction as the change, with the actor and the object as it was.
 * History pages and the publication log build on it.
 *
 * <p>Laid out as ADR 0011 says: {@code persistence} and {@code service} (no entities of its own, so
 * no {@code domain}).
 */
package id.terbuka.audit;
