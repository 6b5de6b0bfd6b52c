package id.terbuka.catalog.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A dataset as a client sent it, checked and normalised by {@link DatasetRules}: what an update
 * writes (absent values are cleared, as {@code package_update} replaces the whole dataset).
 */
public final class DatasetInput {
  public String name;
  public String title;
  public String type = "dataset";
  public String state;
  public Boolean isPrivate;
  public String ownerOrg;
  public String notes;
  public String url;
  public String version;
  public String author;
  public String authorEmail;
  public String maintainer;
  public String maintainerEmail;
  public String licenseId;
  public String produsenData;
  public String frekuensi;
  public List<String> cakupanWilayah = new ArrayList<>();
  public LocalDate cakupanWaktuMulai;
  public LocalDate cakupanWaktuSelesai;
  public String satuan;
  public String metodologi;
  public List<String> tags = new ArrayList<>();
  public List<String> groups = new ArrayList<>();
  public Map<String, String> extras = new TreeMap<>();

  /** Null when the client did not send {@code resources} (then existing ones are kept). */
  public List<Map<String, Object>> resources;
}
