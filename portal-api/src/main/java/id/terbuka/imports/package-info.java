/**
 * The one import contract every domain shares (budget now, contracts and Dasa Wisma next; ADR 0012
 * and {@code ../shared/briefs/imports.md}): upload, read every row, report every problem with its
 * row and column, all-or-nothing commit, dry run, idempotent re-send, history.
 */
package id.terbuka.imports;
