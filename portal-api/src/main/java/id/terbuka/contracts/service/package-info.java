/**
 * The open-contracting use cases: ingesting release packages and procurement spreadsheets (both
 * all-or-nothing), compiling records, computing red flags, keeping the contracts search index in
 * step, publishing the yearly datasets, and reading releases, records and search results.
 * Permissions are checked here with the {@code Actor}; transactions are owned here.
 */
package id.terbuka.contracts.service;
