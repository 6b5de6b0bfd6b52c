package id.terbuka.search;

import java.util.Collection;
import java.util.function.BiConsumer;

/**
 * One searchable collection (a Solr core or SolrCloud collection), e.g. {@code datasets} or {@code
 * contracts}, each built from the bundled configset of the same name (see {@link Configsets}).
 *
 * <p>Every method that talks to the backend throws {@link SearchUnavailableException} when the
 * backend cannot be reached, so that callers can degrade instead of failing.
 */
public interface SearchIndex extends AutoCloseable {

  /** The collection name this index reads and writes. */
  String collection();

  /**
   * Adds or replaces documents by their {@code id} field. Idempotent: applying the same documents
   * twice leaves the same index. Changes become visible to searches within about a second.
   */
  void upsert(Collection<SearchDocument> documents);

  /** Removes documents by id; ids that are not indexed are ignored. */
  void delete(Collection<String> ids);

  /** Runs a query. */
  SearchResult search(SearchQuery query);

  /**
   * Completes an unfinished query (autocomplete): matching documents, titles starting with the text
   * first, then by title. Facets and suggestions of the result are empty.
   */
  SearchResult complete(PrefixQuery query);

  /**
   * Streams the id and {@code index_version} of every indexed document, in id order, so that a
   * caller can compare the index with the system of record without loading everything at once.
   */
  void forEachIndexed(BiConsumer<String, Long> idAndVersion);

  /** Number of indexed documents. */
  long count();

  /** Whether the backend answers, and why not if it does not. Never throws. */
  SearchHealth health();

  /**
   * Checks that the collection exists and runs the configset this code was built with; creates the
   * collection from the bundled configset where the backend allows it (SolrCloud). Throws {@link
   * SearchSchemaMismatchException} when the running schema is another version.
   */
  void verifySchema();

  /** Makes all pending changes visible now (tests and reindex use it; writes need not). */
  void commit();

  @Override
  void close();
}
