/** {@code /api/v1/harvest}: sources and runs, for sysadmins, calling the services only. */
package id.terbuka.harvest.api;
