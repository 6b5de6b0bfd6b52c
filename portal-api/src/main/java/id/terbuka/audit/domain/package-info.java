/**
 * Pure rules of the activity stream: what changed between two versions of an object ({@link
 * id.terbuka.audit.domain.ActivityDiff}), for {@code activity_diff} and the history pages.
 */
package id.terbuka.audit.domain;
