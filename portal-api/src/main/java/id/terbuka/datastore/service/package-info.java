/**
 * The DataStore's use cases: the API's reads and writes ({@code DataStoreSearch}, {@code
 * DataStoreInfo}, {@code DataStoreCreate}, {@code DataStoreWrites}, {@code SqlSearch}) and dumps
 * ({@code DataStoreDump}), each checking the resource's visibility or write permission with the
 * {@code Actor} first; and the background loads ({@code LoadQueue}, {@code LoadScheduler}, {@code
 * TableLoader}, {@code LoadTransitions}: a load's status changes with the search index queued). No
 * HTTP types, no JDBC.
 */
package id.terbuka.datastore.service;
