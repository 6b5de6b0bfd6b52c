package id.terbuka.web;

import id.terbuka.catalog.service.DatasetSearch;
import id.terbuka.ckan.ActionTable;
import id.terbuka.datastore.domain.SearchRequest;
import id.terbuka.datastore.service.DataStoreDump;
import id.terbuka.shared.TerbukaConfig;
import id.terbuka.web.publisher.LoginThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /developer}: the API explained to people. The CKAN actions are read from the {@link
 * ActionTable} the API itself dispatches through, and every limit from the constant or setting that
 * enforces it, so the page cannot promise what the portal does not do.
 */
@ApplicationScoped
public class DeveloperPage {
  @Inject ActionTable actions;
  @Inject TerbukaConfig config;

  public View render(PageContext ctx) {
    List<String> reads = new ArrayList<>();
    List<String> writes = new ArrayList<>();
    for (String name : actions.names()) {
      boolean readOnly = actions.find(name).map(ActionTable.Entry::readOnly).orElse(false);
      (readOnly ? reads : writes).add(name);
    }
    var limits =
        new DeveloperView.Limits(
            config.maxUploadBytes() / (1024L * 1024L),
            DatasetSearch.MAX_ROWS,
            SearchRequest.MAX_LIMIT,
            config.datastoreSqlRowsMax(),
            config.datastoreSqlTimeoutMs() / 1000.0,
            DataStoreDump.CONCURRENT,
            LoginThrottle.MAX_FAILURES,
            LoginThrottle.WINDOW.toMinutes());
    return View.of(
        "developer.jte",
        new DeveloperView(ctx.siteUrl(), List.copyOf(reads), List.copyOf(writes), limits));
  }
}
