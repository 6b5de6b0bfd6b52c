/**
 * Identity's domain: the {@code Actor} every service is given, users, memberships with their {@code
 * Capacity}, API token records, and the pure rules: passwords and random secrets, new users and
 * sign-in ({@code UserRules}), API tokens' form, fingerprint and owners ({@code TokenRules}).
 */
package id.terbuka.identity.domain;
