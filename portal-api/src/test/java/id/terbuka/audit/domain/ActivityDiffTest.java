package id.terbuka.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActivityDiffTest {

  @Test
  void prettySortsKeysAndIndentsNestedValues() {
    Map<String, Object> dict = new LinkedHashMap<>();
    dict.put("b", 1);
    dict.put("a", List.of(1, "dua"));
    dict.put("c", Map.of());
    assertEquals(
        "{\n  \"a\": [\n    1,\n    \"dua\"\n  ],\n  \"b\": 1,\n  \"c\": {}\n}",
        ActivityDiff.pretty(dict));
  }

  @Test
  void fieldsNameWhatChangedAddedAndRemovedButNotBookkeeping() {
    Map<String, Object> before =
        Map.of("title", "Lama", "notes", "Sama", "metadata_modified", "2026-01-01", "old", 1);
    Map<String, Object> after =
        Map.of("title", "Baru", "notes", "Sama", "metadata_modified", "2026-02-02", "new", true);
    List<ActivityDiff.FieldChange> changes = ActivityDiff.fields(before, after);
    assertEquals(
        List.of(
            new ActivityDiff.FieldChange("new", null, "true"),
            new ActivityDiff.FieldChange("old", "1", null),
            new ActivityDiff.FieldChange("title", "\"Lama\"", "\"Baru\"")),
        changes);
  }

  @Test
  void aNestedTimestampAloneIsNotAChangedField() {
    Map<String, Object> before =
        Map.of("resources", List.of(Map.of("name", "a.csv", "metadata_modified", "1")));
    Map<String, Object> after =
        Map.of("resources", List.of(Map.of("name", "a.csv", "metadata_modified", "2")));
    assertTrue(ActivityDiff.fields(before, after).isEmpty());
    Map<String, Object> renamed =
        Map.of("resources", List.of(Map.of("name", "b.csv", "metadata_modified", "2")));
    assertEquals(
        List.of("resources"),
        ActivityDiff.fields(before, renamed).stream().map(c -> c.field()).toList());
  }

  @Test
  void equalDictsHaveAnEmptyDiff() {
    Map<String, Object> dict = Map.of("name", "x", "tags", List.of("a"));
    assertEquals("", ActivityDiff.unified(dict, Map.copyOf(dict), "a", "b"));
    assertTrue(ActivityDiff.fields(dict, dict).isEmpty());
  }

  @Test
  void oneChangedLineGivesOneHunkWithThreeLinesOfContext() {
    Map<String, Object> before = numbered(10, -1);
    Map<String, Object> after = numbered(10, 5);
    // Lines: "{", k0..k9, "}"; k5 is line 7 of 12, so the hunk runs from line 4 to line 10.
    String expected =
        "--- lama\n+++ baru\n@@ -4,7 +4,7 @@\n"
            + "   \"k2\": 2,\n   \"k3\": 3,\n   \"k4\": 4,\n"
            + "-  \"k5\": 5,\n+  \"k5\": \"ubah\",\n"
            + "   \"k6\": 6,\n   \"k7\": 7,\n   \"k8\": 8,\n";
    assertEquals(expected, ActivityDiff.unified(before, after, "lama", "baru"));
  }

  @Test
  void distantChangesMakeSeparateHunksAndAddedLinesCountOnlyOnTheNewSide() {
    Map<String, Object> before = numbered(20, -1);
    Map<String, Object> after = numbered(20, 1);
    after.put("k9a", "sisip");
    after.put("k18", "ubah");
    String diff = ActivityDiff.unified(before, after, "a", "b");
    List<String> headers = new ArrayList<>();
    for (String line : diff.split("\n")) {
      if (line.startsWith("@@")) {
        headers.add(line);
      }
    }
    // Sorted keys k0, k1, k10..k19, k2..k9: k1 is line 3, k18 line 12, k9 line 21 (it gains a
    // comma as k9a follows it). Changes more than six lines apart get their own hunks.
    assertEquals(List.of("@@ -1,6 +1,6 @@", "@@ -9,7 +9,7 @@", "@@ -18,5 +18,6 @@"), headers, diff);
    assertTrue(diff.contains("+  \"k9a\": \"sisip\"\n"), diff);
  }

  @Test
  void veryLongTextsAreShownReplacedWholeInsteadOfComparedLineByLine() {
    List<Integer> many = new ArrayList<>();
    for (int i = 0; i < ActivityDiff.MAX_LINES + 10; i++) {
      many.add(i);
    }
    List<Integer> changed = new ArrayList<>(many);
    changed.set(0, -1);
    String diff = ActivityDiff.unified(Map.of("v", many), Map.of("v", changed), "a", "b");
    long removed = diff.lines().filter(l -> l.startsWith("-") && !l.startsWith("---")).count();
    assertEquals(ActivityDiff.MAX_LINES + 10 + 4, removed);
  }

  private static Map<String, Object> numbered(int n, int changed) {
    Map<String, Object> dict = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      dict.put("k" + i, i == changed ? "ubah" : i);
    }
    return dict;
  }
}
