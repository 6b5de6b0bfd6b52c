package id.terbuka.web;

import id.terbuka.usage.domain.UsageTotals;
import id.terbuka.usage.service.UsageReports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Adds views and downloads to a page's dataset summaries: one primary-key query for the page's
 * datasets, read from PostgreSQL so the figures are those of the last flush (a few seconds old),
 * not of the last reindex.
 */
@ApplicationScoped
public class UsageFigures {
  @Inject UsageReports usage;

  public List<DatasetSummary> withUsage(List<DatasetSummary> summaries) {
    List<String> ids = summaries.stream().map(DatasetSummary::id).filter(Objects::nonNull).toList();
    if (ids.isEmpty()) {
      return summaries;
    }
    Map<String, UsageTotals> totals = usage.totals(ids);
    List<DatasetSummary> out = new ArrayList<>(summaries.size());
    for (DatasetSummary s : summaries) {
      UsageTotals t = s.id() == null ? null : totals.get(s.id());
      out.add(t == null ? s : s.withUsage(t.views(), t.downloads()));
    }
    return out;
  }
}
