/**
 * Account administration by sysadmins (issue 13): creating users, disabling and re-enabling them,
 * resetting their passwords, each recorded in the activity stream, and a user's own stream ({@code
 * user_activity_list}). The accounts themselves and every permission rule are {@code identity}'s;
 * this capability joins them to {@code audit}, which identity cannot call (audit already depends on
 * identity's {@code Actor}).
 *
 * <p>Laid out as ADR 0011 says: {@code domain}, {@code service}.
 */
package id.terbuka.accounts;
