package id.terbuka.catalog.service;

import id.terbuka.catalog.domain.DatasetFacts;
import id.terbuka.catalog.persistence.DatasetFactsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The public catalogue's facts for the reports: only datasets anyone may read (active and not
 * private; drafts, deleted and private datasets are never counted), so no {@code Actor} is needed.
 */
@ApplicationScoped
@Transactional
public class CatalogueFacts {
  @Inject DatasetFactsRepository repository;

  /**
   * @param organization an organisation's name, or null for all
   */
  public List<DatasetFacts> publicDatasets(String organization) {
    return repository.publicFacts(organization);
  }
}
