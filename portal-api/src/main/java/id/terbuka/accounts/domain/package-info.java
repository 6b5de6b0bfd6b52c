/** What an account change records in the activity stream (pure: no database, no beans). */
package id.terbuka.accounts.domain;
