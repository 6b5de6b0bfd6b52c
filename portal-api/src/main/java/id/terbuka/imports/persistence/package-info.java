/** The import history table ({@code import_run}): every attempt with its stored report. */
package id.terbuka.imports.persistence;
