/**
 * Queueing datasets for the index in a change's transaction ({@link
 * id.terbuka.searchsync.service.IndexQueue}), and draining the queue after commit ({@link
 * id.terbuka.searchsync.service.DatasetIndexer}, one pass at a time by {@link
 * id.terbuka.searchsync.service.IndexDrain}).
 */
package id.terbuka.searchsync.service;
