/**
 * The only class of usage that touches the database: per-day and total counts, incremented and read
 * ({@code usage_daily}, {@code usage_total}).
 */
package id.terbuka.usage.persistence;
