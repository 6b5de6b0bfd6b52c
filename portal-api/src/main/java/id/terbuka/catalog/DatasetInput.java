package id.terbuka.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A dataset as a client sent it, checked and normalised by {@link DatasetRules}: what an update
 * writes (absent values are cleared, as {@code package_update} replaces the whole dataset).
 */
final class DatasetInput {
  String name;
  String title;
  String type = "dataset";
  String state;
  Boolean isPrivate;
  String ownerOrg;
  String notes;
  String url;
  String version;
  String author;
  String authorEmail;
  String maintainer;
  String maintainerEmail;
  String licenseId;
  String produsenData;
  String frekuensi;
  List<String> cakupanWilayah = new ArrayList<>();
  LocalDate cakupanWaktuMulai;
  LocalDate cakupanWaktuSelesai;
  String satuan;
  String metodologi;
  List<String> tags = new ArrayList<>();
  List<String> groups = new ArrayList<>();
  Map<String, String> extras = new TreeMap<>();

  /** Null when the client did not send {@code resources} (then existing ones are kept). */
  List<Map<String, Object>> resources;
}
