/**
 * The import contract as use cases: permission first, the upload stored, every row read and
 * checked, then either a report of every problem or, in one transaction, the domain's data written,
 * its datasets published and the report kept (ADR 0012).
 */
package id.terbuka.imports.service;
