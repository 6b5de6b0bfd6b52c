/**
 * The only classes of identity that touch the database: users, memberships and API tokens, stored
 * and found; they check nothing about who asks.
 */
package id.terbuka.identity.persistence;
