package id.terbuka.web;

import java.util.List;

/**
 * The models of a dataset's history ({@code /dataset/activity/{name}}) and of one change ({@code
 * /dataset/changes/{id}}), as display text.
 *
 * @param name the dataset's name now, for its links
 * @param title the dataset's title now
 * @param entries the changes on this page, newest first
 * @param newer href of the newer page, null on the first
 * @param older href of the older page, null on the last
 */
public record HistoryView(
    String name, String title, List<Entry> entries, String newer, String older) {

  /**
   * One activity.
   *
   * @param who the user's full name or user name
   * @param whatKey the message key of what happened ({@code {0}} is who)
   * @param when formatted in WIB
   * @param iso the same instant in ISO 8601
   * @param resource the resource the change was about (its name), or null
   * @param resourceChangeKey the message key of what happened to it ({@code created}, {@code
   *     updated}, {@code deleted}, a new file), or null
   * @param reason the reason the publisher gave, or null
   * @param fields the top-level fields that changed since the previous visible activity
   * @param changesHref the change's own page, with its diff
   */
  public record Entry(
      String who,
      String whatKey,
      String when,
      String iso,
      String resource,
      String resourceChangeKey,
      String reason,
      List<String> fields,
      String changesHref) {}

  /**
   * One change with its diff.
   *
   * @param entry the activity as the history lists it
   * @param name the dataset's name now (for the links), or its name then when it is gone
   * @param title the dataset's title as it was after the change
   * @param fields each changed field with its value before and after (JSON text, null if absent)
   * @param unifiedDiff the whole dict's unified diff, as {@code activity_diff} gives it
   * @param apiHref {@code activity_diff} for the same change
   */
  public record Change(
      Entry entry,
      String name,
      String title,
      List<Field> fields,
      String unifiedDiff,
      String apiHref) {}

  /** A changed field: its values before and after, as indented JSON text (null when absent). */
  public record Field(String field, String before, String after) {}
}
