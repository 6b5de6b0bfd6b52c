/**
 * Usage counting: page views and downloads per dataset and resource, counted in memory on the
 * request path (no database write there), flushed to PostgreSQL every few seconds as per-day
 * increments (so several nodes add up), with automated clients excluded by user agent. Nothing that
 * identifies a visitor is kept. ADR docs/adr/0009-usage-counting.md.
 */
package id.terbuka.usage;
