package id.terbuka.contracts.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetFilesTest {
  @TempDir Path dir;

  @Test
  void batchesWithDifferentColumnsShareOneHeader() throws Exception {
    SheetFiles sheets = new SheetFiles(dir);
    sheets.add(
        Map.of(
            "releases",
            List.of(
                List.of("ocid", "id", "tender/title"), List.of("o-1", "r-1", "Jalan, \"baru\""))));
    sheets.add(
        Map.of(
            "releases",
            List.of(List.of("ocid", "id", "buyer/name"), List.of("o-2", "r-2", "Dinas\\PU"))));
    Map<String, Path> files = sheets.finish("k-");
    String csv = Files.readString(files.get("releases"), StandardCharsets.UTF_8);
    assertEquals(
        "ocid,id,tender/title,buyer/name\r\n"
            + "o-1,r-1,\"Jalan, \"\"baru\"\"\",\r\n"
            + "o-2,r-2,,Dinas\\PU\r\n",
        csv);
    assertEquals(
        List.of("k-releases.csv"), List.of(files.get("releases").getFileName().toString()));
  }

  @Test
  void aSheetWithOnlyAHeaderIsStillWritten() throws Exception {
    SheetFiles sheets = new SheetFiles(dir);
    sheets.add(Map.of("releases", List.of(List.of("ocid", "id"))));
    assertEquals(
        "ocid,id\r\n", Files.readString(sheets.finish("").get("releases"), StandardCharsets.UTF_8));
  }
}
