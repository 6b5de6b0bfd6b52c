package id.terbuka.reports.domain;

import id.terbuka.catalog.domain.DatasetFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scorecard per organisation: of its public datasets, the share on time among those with a
 * regular frequency, and the shares with an open licence, a machine-readable resource and a data
 * dictionary. Shares are {@link Ratio#percent} (null when there is nothing to divide by).
 */
public final class Scorecard {
  private Scorecard() {}

  /** One organisation's counts and shares. */
  public record Row(
      String organization,
      String title,
      int datasets,
      int assessed,
      int onTime,
      int openLicense,
      int machineReadable,
      int dictionary) {

    public BigDecimal onTimePercent() {
      return Ratio.percent(onTime, assessed);
    }

    public BigDecimal openLicensePercent() {
      return Ratio.percent(openLicense, datasets);
    }

    public BigDecimal machineReadablePercent() {
      return Ratio.percent(machineReadable, datasets);
    }

    public BigDecimal dictionaryPercent() {
      return Ratio.percent(dictionary, datasets);
    }

    Row plus(DatasetFacts d, DatasetTimeliness t) {
      return new Row(
          organization,
          title,
          datasets + 1,
          assessed + (t == null ? 0 : 1),
          onTime + (t != null && t.status() == TimelinessStatus.TEPAT_WAKTU ? 1 : 0),
          openLicense + (d.openLicense() ? 1 : 0),
          machineReadable + (d.machineReadable() ? 1 : 0),
          dictionary + (d.hasDictionary() ? 1 : 0));
    }
  }

  /** The rows by organisation name (datasets without one under an empty name), and the total. */
  public record Card(List<Row> rows, Row total) {}

  public static Card of(List<DatasetFacts> datasets, LocalDate asOf, GracePeriods grace) {
    Map<String, Row> byOrg = new LinkedHashMap<>();
    Row total = new Row(null, null, 0, 0, 0, 0, 0, 0);
    for (DatasetFacts d : datasets) {
      DatasetTimeliness t = DatasetTimeliness.assess(d, asOf, grace).orElse(null);
      String org = d.organization() == null ? "" : d.organization();
      Row r = byOrg.computeIfAbsent(org, o -> new Row(o, d.organizationTitle(), 0, 0, 0, 0, 0, 0));
      byOrg.put(org, r.plus(d, t));
      total = total.plus(d, t);
    }
    List<Row> rows = new ArrayList<>(byOrg.values());
    rows.sort(java.util.Comparator.comparing(Row::organization));
    return new Card(rows, total);
  }
}
