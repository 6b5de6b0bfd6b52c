/**
 * An import's columns, rows, problems and report, and the text of every problem code in Indonesian
 * and English; nothing here reads a file or the database.
 */
package id.terbuka.imports.domain;
