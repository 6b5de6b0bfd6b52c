/**
 * {@code /api/v1/budget/...}: the realisation import (upload, history, reports, templates) and the
 * per-unit figures.
 */
package id.terbuka.budget.api;
