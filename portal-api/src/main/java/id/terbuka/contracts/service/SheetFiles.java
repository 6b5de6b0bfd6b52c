package id.terbuka.contracts.service;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvValidationException;
import id.terbuka.contracts.flatten.SheetCsv;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Flattened sheets written batch by batch, so that a year of releases never sits in memory whole:
 * each batch's rows go to a part file with the batch's own header; {@link #finish} writes each
 * sheet once, under the union of its batches' columns (in first-seen order), as CSV.
 */
final class SheetFiles {
  private static final int CHUNK = 1000;

  private final Path dir;
  private final Map<String, LinkedHashSet<String>> columns = new LinkedHashMap<>();
  private final Map<String, List<Path>> parts = new LinkedHashMap<>();

  SheetFiles(Path dir) {
    this.dir = dir;
  }

  /** Adds one batch's sheets (sheet name to rows, header first). */
  void add(Map<String, List<List<String>>> sheets) throws IOException {
    for (Map.Entry<String, List<List<String>>> sheet : sheets.entrySet()) {
      List<List<String>> rows = sheet.getValue();
      if (rows.size() < 2 && !parts.containsKey(sheet.getKey())) {
        columns.computeIfAbsent(sheet.getKey(), k -> new LinkedHashSet<>()).addAll(rows.get(0));
        continue;
      }
      columns.computeIfAbsent(sheet.getKey(), k -> new LinkedHashSet<>()).addAll(rows.get(0));
      List<Path> list = parts.computeIfAbsent(sheet.getKey(), k -> new ArrayList<>());
      Path part = dir.resolve("part-" + sheet.getKey() + "-" + list.size() + ".csv");
      try (ICSVWriter w = writer(part)) {
        for (List<String> row : rows) {
          w.writeNext(row.toArray(String[]::new), false);
        }
      }
      list.add(part);
    }
  }

  /**
   * Writes {@code <prefix><sheet>.csv} per sheet; returns sheet name to file, in first-seen order.
   */
  Map<String, Path> finish(String prefix) throws IOException {
    Map<String, Path> files = new LinkedHashMap<>();
    for (Map.Entry<String, LinkedHashSet<String>> sheet : columns.entrySet()) {
      List<String> header = new ArrayList<>(sheet.getValue());
      Path out = dir.resolve(prefix + sheet.getKey() + ".csv");
      try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        w.write(SheetCsv.text(List.of(header)));
        for (Path part : parts.getOrDefault(sheet.getKey(), List.of())) {
          copy(part, header, w);
          Files.deleteIfExists(part);
        }
      }
      files.put(sheet.getKey(), out);
    }
    return files;
  }

  /** Copies a part's rows under the final header (a column the part lacks stays empty). */
  private static void copy(Path part, List<String> header, Writer out) throws IOException {
    try (Reader r = Files.newBufferedReader(part, StandardCharsets.UTF_8);
        CSVReader csv =
            new CSVReaderBuilder(r).withCSVParser(new RFC4180ParserBuilder().build()).build()) {
      String[] partHeader = csv.readNext();
      Map<String, Integer> at = new HashMap<>();
      for (int i = 0; i < partHeader.length; i++) {
        at.put(partHeader[i], i);
      }
      List<List<String>> chunk = new ArrayList<>();
      String[] row;
      while ((row = csv.readNext()) != null) {
        String[] cells = new String[header.size()];
        Arrays.fill(cells, "");
        for (int i = 0; i < header.size(); i++) {
          Integer from = at.get(header.get(i));
          if (from != null && from < row.length) {
            cells[i] = row[from];
          }
        }
        chunk.add(Arrays.asList(cells));
        if (chunk.size() == CHUNK) {
          out.write(SheetCsv.text(chunk));
          chunk.clear();
        }
      }
      out.write(SheetCsv.text(chunk));
    } catch (CsvValidationException e) {
      throw new IOException("Could not read back " + part, e);
    }
  }

  private static ICSVWriter writer(Path file) throws IOException {
    Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    return new CSVWriter(
        w, ',', ICSVWriter.DEFAULT_QUOTE_CHARACTER, ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n");
  }
}
