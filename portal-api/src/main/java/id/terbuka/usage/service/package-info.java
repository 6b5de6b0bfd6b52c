/**
 * Usage's use cases: counting on the request path ({@code UsageCounter}), the periodic flush
 * ({@code UsageFlusher}, {@code UsageRecorder}: counts and the search-index queue in one
 * transaction) and the figures pages and the index read ({@code UsageReports}).
 */
package id.terbuka.usage.service;
