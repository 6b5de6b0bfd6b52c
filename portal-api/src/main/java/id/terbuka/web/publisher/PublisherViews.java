package id.terbuka.web.publisher;

import id.terbuka.catalog.service.PublisherOverview;
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
   * @param done a key of what just succeeded ({@code done.*}), or null
   */
  public record DashboardView(
      Me me,
      List<PublisherOverview.Unit> units,
      List<PublisherOverview.Item> datasets,
      boolean canCreate,
      String done) {}

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

  /** An organisation's members, with the forms when the reader may manage them. */
  public record MembersView(
      Me me,
      String org,
      String orgTitle,
      List<Member> members,
      boolean canManage,
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
}
