package id.terbuka.budget.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines of one slice ({@code tahun, periode, kode_skpd}) as a file gives them: the unit a
 * re-import replaces. Its content hash ignores row order and how amounts were written, so sending
 * the same figures again changes nothing.
 */
public record SliceContent(Key key, String namaSkpd, List<BudgetLine> lines, String contentHash) {
  /** What a re-import replaces. */
  public record Key(int tahun, Period periode, String kodeSkpd) {}

  /** What a new version does to the current one's lines. */
  public record Diff(long inserted, long replaced, long unchanged, long removed) {}

  private static final Comparator<BudgetLine> CODE_ORDER =
      Comparator.comparing(BudgetLine::kodeSubKegiatan).thenComparing(BudgetLine::kodeRekening);

  /** The lines grouped by slice, slices in the order the file first names them. */
  public static Map<Key, SliceContent> group(Collection<BudgetLine> lines) {
    Map<Key, List<BudgetLine>> byKey = new LinkedHashMap<>();
    for (BudgetLine l : lines) {
      byKey
          .computeIfAbsent(new Key(l.tahun(), l.periode(), l.kodeSkpd()), k -> new ArrayList<>())
          .add(l);
    }
    Map<Key, SliceContent> slices = new LinkedHashMap<>();
    byKey.forEach((k, ls) -> slices.put(k, of(k, ls)));
    return slices;
  }

  static SliceContent of(Key key, List<BudgetLine> lines) {
    List<BudgetLine> sorted = new ArrayList<>(lines);
    sorted.sort(CODE_ORDER);
    return new SliceContent(key, sorted.get(0).namaSkpd(), List.copyOf(sorted), hash(sorted));
  }

  /** Compares with the current version's lines, by line key and content. */
  public Diff diff(Collection<BudgetLine> current) {
    Map<String, String> before = new HashMap<>();
    for (BudgetLine l : current) {
      before.put(lineKey(l), fingerprint(l));
    }
    long inserted = 0;
    long replaced = 0;
    long unchanged = 0;
    for (BudgetLine l : lines) {
      String was = before.remove(lineKey(l));
      if (was == null) {
        inserted++;
      } else if (was.equals(fingerprint(l))) {
        unchanged++;
      } else {
        replaced++;
      }
    }
    return new Diff(inserted, replaced, unchanged, before.size());
  }

  private static String lineKey(BudgetLine l) {
    return l.kodeSubKegiatan() + "|" + l.kodeRekening().code();
  }

  private static String fingerprint(BudgetLine l) {
    return lineKey(l)
        + "|"
        + l.uraian()
        + "|"
        + l.subKegiatan().map(SubActivity::name).orElse("")
        + "|"
        + cents(l.anggaran())
        + "|"
        + cents(l.realisasi());
  }

  private static String cents(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
  }

  private static String hash(List<BudgetLine> sorted) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(sorted.get(0).namaSkpd().getBytes(StandardCharsets.UTF_8));
      for (BudgetLine l : sorted) {
        md.update((byte) '\n');
        md.update(fingerprint(l).getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
