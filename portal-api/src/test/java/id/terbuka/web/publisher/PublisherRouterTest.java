package id.terbuka.web.publisher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.web.Route;
import id.terbuka.web.Router;
import id.terbuka.web.publisher.PublisherRoute.Page;
import org.junit.jupiter.api.Test;

class PublisherRouterTest {
  private static PublisherRoute route(String servletPath, String pathInfo) {
    return PublisherRouter.route(servletPath, pathInfo);
  }

  @Test
  void ckanStyleUrlsReachTheirPages() {
    assertEquals(Page.LOGIN, route("/user", "/login").page());
    assertEquals(Page.LOGOUT, route("/user", "/logout").page());
    assertEquals(Page.DASHBOARD, route("/dashboard", null).page());
    assertEquals(Page.DATASET_NEW, route("/dataset/new", null).page());
    assertEquals(
        new PublisherRoute(Page.DATASET_EDIT, "data-ku", null), route("/dataset/edit", "/data-ku"));
    assertEquals(
        new PublisherRoute(Page.DATASET_DELETE, "data-ku", null),
        route("/dataset/edit", "/data-ku/delete"));
    assertEquals(
        new PublisherRoute(Page.RESOURCES, "data-ku", null),
        route("/dataset/edit", "/data-ku/resources"));
    assertEquals(
        new PublisherRoute(Page.RESOURCE_EDIT, "data-ku", "0b6c-11"),
        route("/dataset/edit", "/data-ku/resource/0b6c-11"));
    assertEquals(
        new PublisherRoute(Page.RESOURCE_DELETE, "data-ku", "0b6c-11"),
        route("/dataset/edit", "/data-ku/resource/0b6c-11/delete"));
    assertEquals(
        new PublisherRoute(Page.MEMBERS, "dinkes", null),
        route("/organization/members", "/dinkes"));
    assertEquals(
        new PublisherRoute(Page.MEMBER_REMOVE, "dinkes", null),
        route("/organization/members", "/dinkes/remove"));
    assertEquals(
        new PublisherRoute(Page.ORG_REVIEW, "dinkes", null),
        route("/organization/members", "/dinkes/verifikasi"));
    assertEquals(new PublisherRoute(Page.TOKENS, "budi", null), route("/user", "/budi/api-tokens"));
    assertEquals(
        new PublisherRoute(Page.TOKEN_REVOKE, "budi", null),
        route("/user", "/budi/api-tokens/revoke"));
    assertEquals(
        new PublisherRoute(Page.IMPORT, "budget", null), route("/dashboard", "/imports/budget"));
    assertEquals(
        new PublisherRoute(Page.IMPORT_REPORT, "budget", "6f1c-9a"),
        route("/dashboard", "/imports/budget/6f1c-9a"));
    assertEquals(Page.DASHBOARD, route("/dashboard", "/").page());
  }

  @Test
  void accountPagesAreBelowTheDashboard() {
    assertEquals(Page.USERS, route("/dashboard", "/users").page());
    assertEquals(Page.USERS, route("/dashboard", "/users/").page());
    assertEquals(Page.USER_NEW, route("/dashboard", "/users/new").page());
    assertEquals(
        new PublisherRoute(Page.USER_DISABLE, "budi", null),
        route("/dashboard", "/users/budi/disable"));
    assertEquals(
        new PublisherRoute(Page.USER_ENABLE, "budi", null),
        route("/dashboard", "/users/budi/enable"));
    assertEquals(
        new PublisherRoute(Page.USER_PASSWORD, "budi", null),
        route("/dashboard", "/users/budi/password"));
    assertEquals(
        new PublisherRoute(Page.USER_DISABLE, "new", null),
        route("/dashboard", "/users/new/disable"),
        "a user called new is reached by the suffixed URLs");
    assertEquals(Page.NOT_FOUND, route("/dashboard", "/users/budi").page());
    assertEquals(Page.NOT_FOUND, route("/dashboard", "/users/budi/delete").page());
    assertEquals(Page.NOT_FOUND, route("/dashboard", "/users/a b/disable").page());
    assertEquals(Page.NOT_FOUND, route("/dashboard", "/users/budi/disable/").page());
  }

  @Test
  void theReviewQueueIsBelowTheDashboard() {
    String id = "0b0e7c1e-1111-4a4a-9999-123456789abc";
    assertEquals(Page.REVIEWS, route("/dashboard", "/verifikasi").page());
    assertEquals(Page.REVIEWS, route("/dashboard", "/verifikasi/").page());
    assertEquals(
        new PublisherRoute(Page.REVIEW, null, id), route("/dashboard", "/verifikasi/" + id));
    assertEquals(
        new PublisherRoute(Page.REVIEW_APPROVE, null, id),
        route("/dashboard", "/verifikasi/" + id + "/setujui"));
    assertEquals(
        new PublisherRoute(Page.REVIEW_RETURN, null, id),
        route("/dashboard", "/verifikasi/" + id + "/kembalikan"));
    assertEquals(
        new PublisherRoute(Page.REVIEW_FILE, id, "r-1"),
        route("/dashboard", "/verifikasi/" + id + "/berkas/r-1"));
    assertEquals(Page.NOT_FOUND, route("/dashboard", "/verifikasi/" + id + "/hapus").page());
    assertEquals(Page.NOT_FOUND, route("/dashboard", "/verifikasi/a.b").page());
    assertEquals(Page.NOT_FOUND, route("/dashboard", "/verifikasi/a/berkas/").page());
    assertTrue(new PublisherRoute(Page.REVIEW_FILE, id, "r").needsLogin());
  }

  @Test
  void unknownOrMalformedPathsAreNotFound() {
    assertEquals(Page.NOT_FOUND, route("/user", "/budi").page());
    assertEquals(Page.NOT_FOUND, route("/user", null).page());
    assertEquals(Page.NOT_FOUND, route("/dataset/edit", null).page());
    assertEquals(Page.NOT_FOUND, route("/dataset/edit", "/a/../b").page());
    assertEquals(Page.NOT_FOUND, route("/organization/members", "/x/y").page());
    assertEquals(Page.NOT_FOUND, route("/dashboard", "/imports").page());
    assertEquals(Page.NOT_FOUND, route("/dashboard", "/imports/Budget").page());
    assertEquals(Page.NOT_FOUND, route("/dashboard", "/imports/budget/a/b").page());
    assertEquals(Page.NOT_FOUND, route("/dashboard", "/imports/budget/a.b").page());
  }

  @Test
  void theDasaWismaPagesLiveBelowTheDashboard() {
    assertEquals(Page.DASAWISMA, route("/dashboard", "/dasawisma").page());
    assertEquals(Page.DASAWISMA, route("/dashboard", "/dasawisma/").page());
    assertEquals(Page.DASAWISMA_HOUSEHOLD, route("/dashboard", "/dasawisma/rumah-tangga").page());
    assertEquals(
        Page.DASAWISMA_HOUSEHOLD_REMOVE,
        route("/dashboard", "/dasawisma/rumah-tangga/hapus").page());
    assertEquals(Page.DASAWISMA_RECAP, route("/dashboard", "/dasawisma/rekap").page());
    assertEquals(Page.DASAWISMA_SNAPSHOT, route("/dashboard", "/dasawisma/snapshot").page());
    assertEquals(Page.DASAWISMA_ROLE_ASSIGN, route("/dashboard", "/dasawisma/peran").page());
    assertEquals(Page.DASAWISMA_ROLE_REVOKE, route("/dashboard", "/dasawisma/peran/cabut").page());
    assertEquals(Page.NOT_FOUND, route("/dashboard", "/dasawismax").page());
    assertEquals(Page.NOT_FOUND, route("/dashboard", "/dasawisma/rumah-tangga/017").page());
    assertEquals(Page.NOT_FOUND, route("/dashboard", "/dasawisma//peran").page());
    // The import pages of its two kinds stay the generic ones.
    assertEquals(
        new PublisherRoute(Page.IMPORT, "dasawisma-target", null),
        route("/dashboard", "/imports/dasawisma-target"));
  }

  @Test
  void onlyTheLoginPageIsOpenToEveryone() {
    for (Page p : Page.values()) {
      boolean open = p == Page.LOGIN || p == Page.NOT_FOUND;
      assertEquals(!open, new PublisherRoute(p, null, null).needsLogin(), p.name());
    }
  }

  @Test
  void thePublicPagesRouterStillServesDatasetsAndDownloads() {
    // /dataset/new and /dataset/edit/* are mapped to the publisher servlet by exact and longer
    // patterns; "new" and "edit" are reserved dataset names, so no dataset page is hidden.
    assertEquals(Route.Page.DATASET, Router.route("/dataset", "/newest-data").page());
    assertEquals(
        Route.Page.DOWNLOAD,
        Router.route("/dataset", "/abc/resource/0b6c/download/data.csv").page());
  }
}
