package id.terbuka.catalog.service;

import id.terbuka.catalog.domain.Tag;
import id.terbuka.catalog.persistence.TagRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code tag_list}: tags of active public datasets, optionally those containing a text. */
@ApplicationScoped
@Transactional
public class TagService {
  @Inject TagRepository tags;

  /** Tag names, or CKAN's tag dicts with {@code allFields}. */
  public List<Object> list(String query, boolean allFields) {
    List<Object> out = new ArrayList<>();
    for (Tag t : tags.publicTags(query)) {
      if (allFields) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("name", t.name());
        m.put("display_name", t.name());
        m.put("vocabulary_id", null);
        out.add(m);
      } else {
        out.add(t.name());
      }
    }
    return out;
  }
}
