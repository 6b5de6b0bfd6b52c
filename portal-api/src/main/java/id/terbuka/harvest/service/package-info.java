/**
 * Harvest use cases: sources (sysadmins only), runs in the background (one per source at a time),
 * the guarded client of the remote CKAN API, and the writes of each remote dataset through {@code
 * catalog.service} as the system actor, one transaction per dataset.
 */
package id.terbuka.harvest.service;
