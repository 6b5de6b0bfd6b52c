/**
 * The budget's tables: slice versions ({@code budget_slice}) and their lines ({@code budget_line}),
 * written with COPY in the import's transaction and read back for the views, the API and the
 * generated files.
 */
package id.terbuka.budget.persistence;
