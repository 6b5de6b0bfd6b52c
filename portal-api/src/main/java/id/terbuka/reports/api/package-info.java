/** {@code /api/v1/reports}: the timeliness report and the scorecard as JSON or CSV. */
package id.terbuka.reports.api;
