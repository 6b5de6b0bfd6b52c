package id.terbuka.web.publisher;

import id.terbuka.catalog.service.PublisherOverview;
import id.terbuka.imports.domain.ImportReport;
import java.util.List;

/** The models of the publisher templates (src/main/jte/publisher). */
public final class PublisherViews {
  private PublisherViews() {}

  /** The signed-in reader, and the form token every form carries. */
  public record Me(String userName, String csrf, boolean sysadmin) {}

  /** A choice of a select or a set of checkboxes. */
  public record Option(String value, String label) {}

  /**
   * The sign-in page.
   *
   * @param problemKey a message key shown above the form (failed or throttled), or null
   */
  public record LoginView(String csrf, Form form, String cameFrom, String problemKey) {}

  /**
   * The dashboard.
   *
   * @param importKinds the import pages the reader may use
   * @param dasaWisma whether the reader has a part in Dasa Wisma (a role, the walidata, or a role
   *     administrator): the link to its pages is shown
   * @param done a key of what just succeeded ({@code done.*}), or null
   */
  public record DashboardView(
      Me me,
      List<PublisherOverview.Unit> units,
      List<PublisherOverview.Item> datasets,
      boolean canCreate,
      List<String> importKinds,
      boolean dasaWisma,
      String done,
      long waitingReviews,
      long returnedReviews) {}

  /**
   * The dataset form, new or edit.
   *
   * @param name the dataset's current name when editing (the form may change it), else null
   */
  public record DatasetFormView(
      Me me,
      String name,
      String title,
      Form form,
      List<Option> organizations,
      List<Option> licenses,
      List<Option> groups,
      List<String> frequencies) {
    public boolean isNew() {
      return name == null;
    }
  }

  /** A resource in the publisher's list. */
  public record ResourceRow(
      String id, String name, String description, String format, String url, boolean uploaded) {}

  /** A dataset's resources with the form that adds one. */
  public record ResourcesView(
      Me me,
      String datasetName,
      String datasetTitle,
      List<ResourceRow> resources,
      Form form,
      String done,
      long maxUploadMb) {}

  /** The form that changes one resource (or replaces its file). */
  public record ResourceEditView(
      Me me,
      String datasetName,
      String datasetTitle,
      ResourceRow resource,
      Form form,
      long maxUploadMb) {}

  /**
   * "Really?" before something that cannot be undone from the pages.
   *
   * @param subject what is affected, shown as is (a dataset title, a resource name)
   * @param action the URL the confirming form posts to
   */
  public record ConfirmView(
      Me me,
      String titleKey,
      String textKey,
      String subject,
      String action,
      String buttonKey,
      String backUrl) {}

  /** A member of an organisation. */
  public record Member(String name, String displayName, String capacity) {}

  /**
   * An organisation's members, with the forms when the reader may manage them; {@code
   * reviewRequired} is the unit's Satu Data review switch, which only a sysadmin ({@code
   * canSetReview}) turns on or off there.
   */
  public record MembersView(
      Me me,
      String org,
      String orgTitle,
      List<Member> members,
      boolean canManage,
      boolean reviewRequired,
      boolean canSetReview,
      Form form,
      String done) {}

  /** An API token in the list (the secret is never shown again). */
  public record TokenRow(String id, String name, String created, String lastUsed) {}

  /**
   * A user's API tokens.
   *
   * @param createdToken the token just created, shown this once, or null
   */
  public record TokensView(
      Me me, String user, List<TokenRow> tokens, String createdToken, Form form, String done) {}

  /**
   * A refusal: 403 with the reason in the reader's language.
   *
   * @param me the signed-in reader, or null
   */
  public record DeniedView(Me me, String reasonKey) {}

  /**
   * The upload page of one import kind: the form, the report of the file just sent (a rejection or
   * a dry run; an accepted import redirects to its report), and the organisation's history.
   *
   * @param kind the import kind ({@code budget}); its title is the message {@code import.kind.*}
   * @param organizations the organisations the reader may import for (name, title)
   * @param organizationFixed whether the domain decides the organisation (then there is one, and no
   *     choice is offered)
   * @param historyOrg the organisation whose history is listed (name)
   * @param templates the paths of the kind's templates (their extension names them)
   * @param report the report of the file just sent, or null
   * @param history a page of the history, newest first
   * @param previous the URL of the newer page of the history, or null
   * @param next the URL of the older page, or null
   */
  public record ImportPageView(
      Me me,
      String kind,
      Form form,
      List<Option> organizations,
      boolean organizationFixed,
      String historyOrg,
      List<String> templates,
      long maxUploadMb,
      ImportReportView report,
      List<ImportReport> history,
      String previous,
      String next) {
    /** A template's label: its file extension in capitals ({@code XLSX}). */
    public static String templateLabel(String path) {
      return path.substring(path.lastIndexOf('.') + 1).toUpperCase(java.util.Locale.ROOT);
    }
  }

  /** One stored import report. */
  public record ImportReportPageView(Me me, String kind, ImportReportView report) {}
}
