/**
 * The budget import's pure rules: the account, programme and period codes, rupiah amounts, the
 * columns of the import format, one line's parsing and the checks over a whole file, and the
 * roll-up of lines up the account hierarchy. No database, no HTTP, no CDI: everything here is
 * tested with plain values.
 *
 * <p>Problems are reported with the codes of {@link id.terbuka.budget.domain.BudgetProblem}; their
 * Indonesian and English texts are in {@code problems_id.properties} and {@code
 * problems_en.properties} next to these classes.
 */
package id.terbuka.budget.domain;
