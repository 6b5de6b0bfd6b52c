/** The harvester's tables (V13): sources, runs with their reports, and remote-to-local objects. */
package id.terbuka.harvest.persistence;
