/**
 * The restricted Dasa Wisma store (schema {@code dasawisma}, migration V10): household versions,
 * role assignments, targets and snapshots, by plain JDBC in the caller's transaction. Only the Dasa
 * Wisma services use these classes; no catalogue, search, DataStore or page code may (the house
 * rules check it).
 */
package id.terbuka.dasawisma.persistence;
