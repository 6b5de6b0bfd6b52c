/**
 * The Dasa Wisma services: who may do what by region ({@link
 * id.terbuka.dasawisma.service.DasaWismaAccess}, checked here and not only in the pages), the
 * household import and form, the restricted recaps, the coverage targets, and the monthly snapshots
 * that alone publish aggregates.
 */
package id.terbuka.dasawisma.service;
