package id.terbuka.search;

import java.util.List;

/**
 * Search-as-you-type: documents whose title words start with what has been typed so far.
 *
 * @param text what the user typed, unfinished; every word of it must begin a word of the title (so
 *     "jum pend" finds "Jumlah Penduduk"), or the whole text must begin the document's name
 * @param filters filter queries in Lucene syntax, each intersected with the result (the permission
 *     filters above all)
 * @param rows maximum number of documents
 * @param returnFields stored fields to return; empty means all stored fields
 */
public record PrefixQuery(String text, List<String> filters, int rows, List<String> returnFields) {

  public PrefixQuery {
    filters = List.copyOf(filters);
    returnFields = List.copyOf(returnFields);
  }
}
