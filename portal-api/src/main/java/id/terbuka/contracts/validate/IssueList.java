package id.terbuka.contracts.validate;

import java.util.ArrayList;
import java.util.List;

/** Issues of one kind: the first {@link ValidationReport#LISTED} kept, every one counted. */
final class IssueList {

  private final List<ValidationIssue> listed = new ArrayList<>();
  private long count;

  void add(String path, String code, String message) {
    add(new ValidationIssue(path, code, message));
  }

  void add(ValidationIssue issue) {
    count++;
    if (listed.size() < ValidationReport.LISTED) {
      listed.add(issue);
    }
  }

  /** Appends another list's issues after this one's, keeping the other's true count. */
  void addAll(IssueList other) {
    count += other.count;
    for (ValidationIssue issue : other.listed) {
      if (listed.size() >= ValidationReport.LISTED) {
        break;
      }
      listed.add(issue);
    }
  }

  List<ValidationIssue> listed() {
    return listed;
  }

  long count() {
    return count;
  }
}
