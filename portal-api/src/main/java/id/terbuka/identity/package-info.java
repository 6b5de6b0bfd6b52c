/**
 * Who is calling and what they may do: users, organisation memberships with a capacity (admin,
 * editor, member), API tokens (random, stored as SHA-256 hashes, revocable) and password hashing.
 *
 * <p>Laid out as ADR 0011 says: {@code domain}, {@code persistence}, {@code service}.
 */
package id.terbuka.identity;
