package id.terbuka.web.publisher;

/**
 * A publisher page asked for.
 *
 * @param page which one
 * @param name the dataset, organisation or user name (or import kind) in the URL, or null
 * @param resourceId the resource (or import) id in the URL, or null
 */
record PublisherRoute(Page page, String name, String resourceId) {
  enum Page {
    LOGIN,
    LOGOUT,
    DASHBOARD,
    DATASET_NEW,
    DATASET_EDIT,
    DATASET_DELETE,
    RESOURCES,
    RESOURCE_EDIT,
    RESOURCE_DELETE,
    MEMBERS,
    MEMBER_REMOVE,
    ORG_REVIEW,
    TOKENS,
    TOKEN_REVOKE,
    IMPORT,
    IMPORT_REPORT,
    DASAWISMA,
    DASAWISMA_HOUSEHOLD,
    DASAWISMA_HOUSEHOLD_REMOVE,
    DASAWISMA_RECAP,
    DASAWISMA_SNAPSHOT,
    DASAWISMA_ROLE_ASSIGN,
    DASAWISMA_ROLE_REVOKE,
    HARVEST,
    HARVEST_SOURCE,
    USERS,
    USER_NEW,
    USER_DISABLE,
    USER_ENABLE,
    USER_PASSWORD,
    REVIEWS,
    REVIEW,
    REVIEW_APPROVE,
    REVIEW_RETURN,
    REVIEW_FILE,
    NOT_FOUND
  }

  static PublisherRoute of(Page page) {
    return new PublisherRoute(page, null, null);
  }

  /** Whether the page is for signed-in users only (all but the login page). */
  boolean needsLogin() {
    return page != Page.LOGIN && page != Page.NOT_FOUND;
  }
}
