/**
 * The house rules of {@code docs/architecture.md} and ADR 0011 as tests: each rule fails the build
 * when a class breaks it, so the rules do not live in prose alone.
 */
package id.terbuka.architecture;
