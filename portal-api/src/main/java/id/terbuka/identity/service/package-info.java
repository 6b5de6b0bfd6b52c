/**
 * Identity's use cases: creating users and tokens with their permission checks, sign-in by
 * password, and the {@code Actor} behind an API token or a signed-in user id (no HTTP types).
 */
package id.terbuka.identity.service;
