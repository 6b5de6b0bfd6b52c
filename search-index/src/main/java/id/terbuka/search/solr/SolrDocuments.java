package id.terbuka.search.solr;

import id.terbuka.search.SearchDocument;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

/**
 * Converts between the port's plain maps and SolrJ documents. java.time values go to Solr as {@link
 * Date} (what the javabin codec writes as a date); dates come back as {@link Instant}. Exact
 * numbers ({@link BigDecimal}, {@link BigInteger}) go as their plain decimal text, which javabin
 * carries unchanged and Solr parses into a numeric field (or keeps, in a string field) without
 * rounding on the way.
 */
final class SolrDocuments {

  private SolrDocuments() {}

  static SolrInputDocument toSolr(SearchDocument document) {
    SolrInputDocument solr = new SolrInputDocument();
    for (Map.Entry<String, Object> field : document.fields().entrySet()) {
      Object value = field.getValue();
      if (value == null) {
        continue;
      }
      if (value instanceof Collection<?> values) {
        List<Object> converted = new ArrayList<>(values.size());
        for (Object item : values) {
          if (item != null) {
            converted.add(toSolrValue(item));
          }
        }
        if (!converted.isEmpty()) {
          solr.setField(field.getKey(), converted);
        }
      } else {
        solr.setField(field.getKey(), toSolrValue(value));
      }
    }
    return solr;
  }

  static Map<String, Object> fromSolr(SolrDocument document) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (Map.Entry<String, Object> field : document) {
      fields.put(field.getKey(), fromSolrValue(field.getValue()));
    }
    return fields;
  }

  private static Object toSolrValue(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof BigInteger integer) {
      return integer.toString();
    }
    if (value instanceof Instant instant) {
      return Date.from(instant);
    }
    if (value instanceof OffsetDateTime time) {
      return Date.from(time.toInstant());
    }
    if (value instanceof ZonedDateTime time) {
      return Date.from(time.toInstant());
    }
    return value;
  }

  private static Object fromSolrValue(Object value) {
    if (value instanceof Date date) {
      return date.toInstant();
    }
    if (value instanceof Collection<?> values) {
      List<Object> converted = new ArrayList<>(values.size());
      for (Object item : values) {
        converted.add(fromSolrValue(item));
      }
      return converted;
    }
    return value;
  }
}
