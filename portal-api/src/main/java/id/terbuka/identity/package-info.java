/**
 * Who is calling and what they may do: users, organisation memberships with a capacity (admin,
 * editor, member), API tokens (random, stored as SHA-256 hashes, revocable) and password hashing.
 */
package id.terbuka.identity;
