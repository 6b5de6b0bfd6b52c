/**
 * Identity's domain: the {@code Actor} every service is given, users, memberships with their {@code
 * Capacity}, API token records, and the pure rules for passwords and random secrets.
 */
package id.terbuka.identity.domain;
