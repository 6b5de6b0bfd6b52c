package id.terbuka.web.publisher;

import id.terbuka.dasawisma.aggregate.RecapLevel;
import id.terbuka.dasawisma.aggregate.RecapRow;
import id.terbuka.dasawisma.domain.Indicator;
import id.terbuka.dasawisma.domain.Indicators;
import id.terbuka.dasawisma.domain.Region;
import id.terbuka.dasawisma.domain.RegionLevel;
import id.terbuka.dasawisma.domain.Regions;
import id.terbuka.dasawisma.service.DasaWismaAccess;
import id.terbuka.dasawisma.service.RegencyRegions;
import id.terbuka.dasawisma.service.RestrictedRecaps;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.web.PageContext;
import id.terbuka.web.publisher.DasaWismaViews.RecapForm;
import id.terbuka.web.publisher.DasaWismaViews.RecapPageView;
import id.terbuka.web.publisher.DasaWismaViews.RecapTable;
import id.terbuka.web.publisher.PublisherViews.Option;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /dashboard/dasawisma/rekap?tahun=&level=&kode=}: a TP PKK's restricted recap (PKK forms
 * 4.16a-4.17c) through {@link RestrictedRecaps}, which checks that the area is hers and the level
 * at or below it: a GET form (the state is in the URL, so a recap can be bookmarked) and a table
 * with every indicator, named in the reader's language. A level or area she may not see is said on
 * the page, never answered with data.
 */
@ApplicationScoped
public class DasaWismaRecapPage {
  static final Map<String, String> LABELS =
      Map.of("level", "dw.recap.level", "kode", "dw.recap.area");

  @Inject RestrictedRecaps recaps;
  @Inject DasaWismaAccess access;
  @Inject RegencyRegions regions;

  Outcome recap(Call c) {
    DasaWismaReader reader = DasaWismaReader.of(c.actor(), access);
    if (!reader.tpPkk()) {
      return Outcome.denied(c.me(), "dw.denied.recap");
    }
    int current = DasaWismaParams.currentYear();
    int tahun = DasaWismaParams.year(c.param("tahun"), current);
    String level = c.param("level");
    String kode = c.param("kode");
    Form form = Form.empty();
    if (level == null) {
      RecapForm empty = recapForm(regions.regions(), reader.recapAreas(), tahun, null, null, form);
      return Outcome.page("publisher/dasawismaRecap.jte", new RecapPageView(c.me(), empty, null));
    }
    RecapForm asked = recapForm(regions.regions(), reader.recapAreas(), tahun, level, kode, form);
    try {
      RestrictedRecaps.Recap recap = recaps.recap(c.actor(), tahun, level, kode);
      return Outcome.page(
          "publisher/dasawismaRecap.jte", new RecapPageView(c.me(), asked, table(c.ctx(), recap)));
    } catch (InvalidInputException e) {
      e.errors()
          .keySet()
          .forEach(f -> form.error(field(f), c.ctx().t("dw.recap.invalid." + field(f))));
      return Outcome.page(
          422, "publisher/dasawismaRecap.jte", new RecapPageView(c.me(), asked, null));
    } catch (AccessDeniedException e) {
      return Outcome.denied(c.me(), "dw.denied.recap.area");
    }
  }

  /** The service names the level {@code level} and the area {@code kode}; nothing else. */
  private static String field(String serviceField) {
    return "level".equals(serviceField) ? "level" : "kode";
  }

  /**
   * The recap form for the reader's areas: each of her TP PKK regions and the regions right below
   * it; by default the first area, one level below its own.
   */
  static RecapForm recapForm(
      Regions regions, List<String> areas, int tahun, String level, String kode, Form form) {
    Set<String> codes = new LinkedHashSet<>();
    for (String area : areas) {
      codes.add(area);
      regions.children(area).forEach(r -> codes.add(r.code()));
    }
    List<Option> areaOptions = new ArrayList<>();
    for (String code : codes) {
      areaOptions.add(
          new Option(code, regions.find(code).map(r -> r.name() + " (" + code + ")").orElse(code)));
    }
    String chosenArea = kode != null ? kode : areas.get(0);
    String chosenLevel = level != null ? level : defaultLevel(regions, chosenArea).code();
    form.labels(LABELS);
    form.set("level", chosenLevel).set("kode", chosenArea);
    List<Option> levels =
        Arrays.stream(RecapLevel.values())
            .map(l -> new Option(l.code(), "dw.level." + l.code()))
            .toList();
    return new RecapForm(
        tahun,
        DasaWismaParams.years(DasaWismaParams.currentYear()),
        levels,
        areaOptions,
        chosenLevel,
        chosenArea,
        form);
  }

  /** The level right below the area's own: desa of a kecamatan, kecamatan of the kabupaten. */
  private static RecapLevel defaultLevel(Regions regions, String area) {
    RegionLevel level = regions.find(area).map(Region::level).orElse(RegionLevel.DESA);
    return switch (level) {
      case KABUPATEN -> RecapLevel.KECAMATAN;
      case KECAMATAN -> RecapLevel.DESA;
      case DESA, KELURAHAN -> RecapLevel.DASAWISMA;
    };
  }

  /** The recap's rows as formatted cells: group fields first, then every indicator's count. */
  static RecapTable table(PageContext ctx, RestrictedRecaps.Recap recap) {
    List<String> groupFields = new ArrayList<>();
    List<String> indicators = new ArrayList<>();
    if (!recap.rows().isEmpty()) {
      groupFields.addAll(recap.rows().get(0).group().keySet());
      indicators.addAll(recap.rows().get(0).counts().keySet());
    } else {
      Indicators.ALL.forEach(i -> indicators.add(i.code()));
    }
    List<String> headers = new ArrayList<>();
    groupFields.forEach(f -> headers.add(ctx.t("dw.group." + f)));
    indicators.forEach(
        code -> headers.add(Indicators.find(code).map(i -> name(i, ctx.lang())).orElse(code)));
    List<List<String>> rows = new ArrayList<>();
    for (RecapRow row : recap.rows()) {
      List<String> cells = new ArrayList<>();
      groupFields.forEach(f -> cells.add(text(row.group().get(f))));
      indicators.forEach(code -> cells.add(ctx.fmt().number(row.counts().getOrDefault(code, 0L))));
      rows.add(cells);
    }
    return new RecapTable(
        recap.tahun(),
        recap.area().name(),
        recap.area().code(),
        "dw.level." + recap.level().code(),
        headers,
        groupFields.size(),
        rows);
  }

  private static String name(Indicator i, String lang) {
    return i.name(lang);
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }
}
