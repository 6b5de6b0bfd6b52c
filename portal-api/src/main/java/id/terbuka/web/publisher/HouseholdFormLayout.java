package id.terbuka.web.publisher;

import static id.terbuka.dasawisma.domain.HouseholdColumns.ANGGOTA_L;
import static id.terbuka.dasawisma.domain.HouseholdColumns.ANGGOTA_P;
import static id.terbuka.dasawisma.domain.HouseholdColumns.BALITA_L;
import static id.terbuka.dasawisma.domain.HouseholdColumns.BALITA_P;
import static id.terbuka.dasawisma.domain.HouseholdColumns.BERKEBUTUHAN_KHUSUS;
import static id.terbuka.dasawisma.domain.HouseholdColumns.BUTA_HURUF_L;
import static id.terbuka.dasawisma.domain.HouseholdColumns.BUTA_HURUF_P;
import static id.terbuka.dasawisma.domain.HouseholdColumns.DUSUN;
import static id.terbuka.dasawisma.domain.HouseholdColumns.IBU_HAMIL;
import static id.terbuka.dasawisma.domain.HouseholdColumns.IBU_MENYUSUI;
import static id.terbuka.dasawisma.domain.HouseholdColumns.ID_KELUARGA;
import static id.terbuka.dasawisma.domain.HouseholdColumns.INDUSTRI_RUMAH_TANGGA;
import static id.terbuka.dasawisma.domain.HouseholdColumns.JAMBAN;
import static id.terbuka.dasawisma.domain.HouseholdColumns.JUMLAH_KK;
import static id.terbuka.dasawisma.domain.HouseholdColumns.KELOMPOK_DASAWISMA;
import static id.terbuka.dasawisma.domain.HouseholdColumns.KESEHATAN_LINGKUNGAN;
import static id.terbuka.dasawisma.domain.HouseholdColumns.KODE_DESA;
import static id.terbuka.dasawisma.domain.HouseholdColumns.KRITERIA_RUMAH;
import static id.terbuka.dasawisma.domain.HouseholdColumns.LANSIA;
import static id.terbuka.dasawisma.domain.HouseholdColumns.MAKANAN_POKOK;
import static id.terbuka.dasawisma.domain.HouseholdColumns.PEMANFAATAN_PEKARANGAN;
import static id.terbuka.dasawisma.domain.HouseholdColumns.PUS;
import static id.terbuka.dasawisma.domain.HouseholdColumns.RT;
import static id.terbuka.dasawisma.domain.HouseholdColumns.RW;
import static id.terbuka.dasawisma.domain.HouseholdColumns.SPAL;
import static id.terbuka.dasawisma.domain.HouseholdColumns.STIKER_P4K;
import static id.terbuka.dasawisma.domain.HouseholdColumns.SUMBER_AIR;
import static id.terbuka.dasawisma.domain.HouseholdColumns.TAHUN;
import static id.terbuka.dasawisma.domain.HouseholdColumns.TEMPAT_SAMPAH;
import static id.terbuka.dasawisma.domain.HouseholdColumns.UP2K;
import static id.terbuka.dasawisma.domain.HouseholdColumns.WUS;

import id.terbuka.dasawisma.domain.HouseholdColumns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the household form arranges the import format's columns: in groups a cadre recognises from
 * the paper book (location; members; house and sanitation; water; food; activities), each field
 * typed by what the column takes. The columns and their closed vocabularies come from {@link
 * HouseholdColumns}; this only orders them, and a test checks that every column has its place.
 */
public final class HouseholdFormLayout {
  /** How a field is entered. */
  public enum Kind {
    /** Free text ({@code dusun}, the group, the household number). */
    TEXT,
    /** A whole number: a numeric keypad on phones. */
    NUMBER,
    /** One of a closed vocabulary (including yes/no): a select. */
    CHOICE
  }

  /**
   * One field of the form.
   *
   * @param name the column name, which is also the form field's name
   * @param choices the accepted values, for {@link Kind#CHOICE}; empty otherwise
   */
  public record Field(String name, Kind kind, List<String> choices, boolean required) {
    public boolean number() {
      return kind == Kind.NUMBER;
    }

    public boolean choice() {
      return kind == Kind.CHOICE;
    }

    /** The message key of the field's label. */
    public String labelKey() {
      return "dw.col." + name;
    }
  }

  /** A group of fields: one fieldset, its legend the message {@code dw.fieldset.<name>}. */
  public record Group(String name, List<Field> fields) {
    public String legendKey() {
      return "dw.fieldset." + name;
    }
  }

  /** The key columns: they name the household, so an edit shows them without changing them. */
  public static final List<String> KEY = List.of(TAHUN, KODE_DESA, KELOMPOK_DASAWISMA, ID_KELUARGA);

  private static final List<Group> GROUPS = build();

  private HouseholdFormLayout() {}

  public static List<Group> groups() {
    return GROUPS;
  }

  /** Every field's label key by field name, for the form's error summary. */
  static Map<String, String> labelKeys() {
    Map<String, String> labels = new LinkedHashMap<>();
    GROUPS.forEach(g -> g.fields().forEach(f -> labels.put(f.name(), f.labelKey())));
    labels.put("reason", "dw.remove.reason");
    return labels;
  }

  private static List<Group> build() {
    // kode_desa is a choice among the cadre's own desa, which the page supplies.
    List<Group> groups = new ArrayList<>();
    groups.add(group("location", TAHUN, KODE_DESA, DUSUN, RW, RT, KELOMPOK_DASAWISMA, ID_KELUARGA));
    groups.add(
        group(
            "members",
            JUMLAH_KK,
            ANGGOTA_L,
            ANGGOTA_P,
            BALITA_L,
            BALITA_P,
            PUS,
            WUS,
            IBU_HAMIL,
            IBU_MENYUSUI,
            LANSIA,
            BUTA_HURUF_L,
            BUTA_HURUF_P,
            BERKEBUTUHAN_KHUSUS));
    groups.add(group("house", KRITERIA_RUMAH, TEMPAT_SAMPAH, SPAL, JAMBAN, STIKER_P4K));
    groups.add(group("water", SUMBER_AIR));
    groups.add(group("food", MAKANAN_POKOK));
    groups.add(
        group(
            "activities",
            UP2K,
            PEMANFAATAN_PEKARANGAN,
            INDUSTRI_RUMAH_TANGGA,
            KESEHATAN_LINGKUNGAN));
    return List.copyOf(groups);
  }

  private static Group group(String name, String... columns) {
    Map<String, List<String>> vocabularies = HouseholdColumns.vocabularies();
    List<Field> fields = new ArrayList<>();
    for (String column : columns) {
      Kind kind;
      if (vocabularies.containsKey(column)) {
        kind = Kind.CHOICE;
      } else if (HouseholdColumns.COUNTS.contains(column)
          || column.equals(RW)
          || column.equals(RT)
          || column.equals(TAHUN)) {
        kind = Kind.NUMBER;
      } else {
        kind = Kind.TEXT;
      }
      fields.add(
          new Field(
              column,
              kind,
              vocabularies.getOrDefault(column, List.of()),
              !HouseholdColumns.OPTIONAL_CELLS.contains(column)));
    }
    return new Group(name, List.copyOf(fields));
  }
}
