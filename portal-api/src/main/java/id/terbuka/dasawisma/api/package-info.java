/**
 * The Dasa Wisma endpoints under {@code /api/v1/dasawisma}: the household and target imports
 * (servlets of the shared import contract), and {@link id.terbuka.dasawisma.api.DasaWismaResource}
 * for templates, reports, roles, the cadre's form entries, the restricted recaps and the snapshots.
 * Every permission is checked by the services.
 */
package id.terbuka.dasawisma.api;
