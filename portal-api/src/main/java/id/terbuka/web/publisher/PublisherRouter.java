package id.terbuka.web.publisher;

import id.terbuka.web.publisher.PublisherRoute.Page;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publisher URLs, following CKAN's where it has one ({@code /user/login}, {@code /dashboard},
 * {@code /dataset/new}, {@code /dataset/edit/{name}}, {@code /organization/members/{name}}, with
 * the sysadmins' review switch at {@code .../verifikasi}), and the import pages below the dashboard
 * ({@code /dashboard/imports/{kind}[/{id}]}), and the signed-in Dasa Wisma pages ({@code
 * /dashboard/dasawisma}, its household form {@code .../rumah-tangga} and removal {@code
 * .../rumah-tangga/hapus}, {@code .../rekap}, {@code .../snapshot}, {@code .../peran} and {@code
 * .../peran/cabut}), and the sysadmins' account pages ({@code /dashboard/users}, {@code .../new},
 * {@code .../{name}/disable}, {@code /enable} and {@code /password}; a user called {@code new} is
 * reached by the suffixed URLs alone), and the review queue ({@code /dashboard/verifikasi}, {@code
 * .../{id}}, {@code .../{id}/setujui}, {@code .../{id}/kembalikan}, {@code
 * .../{id}/berkas/{resource}}). {@code new} and {@code edit} are reserved dataset names
 * (DatasetRules), so these never hide a dataset page, and CKAN's download URLs ({@code
 * /dataset/{id}/resource/...}) stay with the public pages' servlet. Pure, so that the scheme is
 * unit-tested.
 */
final class PublisherRouter {
  private static final String NAME = "([a-zA-Z0-9_-]{1,100})";
  private static final String ID = "([a-zA-Z0-9-]{1,100})";
  private static final Pattern EDIT = Pattern.compile("^/dataset/edit/" + NAME + "/?$");
  private static final Pattern DELETE = Pattern.compile("^/dataset/edit/" + NAME + "/delete$");
  private static final Pattern RESOURCES =
      Pattern.compile("^/dataset/edit/" + NAME + "/resources/?$");
  private static final Pattern RESOURCE =
      Pattern.compile("^/dataset/edit/" + NAME + "/resource/" + ID + "/?$");
  private static final Pattern RESOURCE_DELETE =
      Pattern.compile("^/dataset/edit/" + NAME + "/resource/" + ID + "/delete$");
  private static final Pattern MEMBERS = Pattern.compile("^/organization/members/" + NAME + "/?$");
  private static final Pattern MEMBER_REMOVE =
      Pattern.compile("^/organization/members/" + NAME + "/remove$");
  private static final Pattern ORG_REVIEW =
      Pattern.compile("^/organization/members/" + NAME + "/verifikasi$");
  private static final Pattern TOKENS = Pattern.compile("^/user/" + NAME + "/api-tokens/?$");
  private static final String KIND = "([a-z][a-z0-9-]{0,29})";
  private static final Pattern IMPORT = Pattern.compile("^/dashboard/imports/" + KIND + "/?$");
  private static final Pattern IMPORT_REPORT =
      Pattern.compile("^/dashboard/imports/" + KIND + "/" + ID + "/?$");
  private static final Pattern TOKEN_REVOKE =
      Pattern.compile("^/user/" + NAME + "/api-tokens/revoke$");

  // Harvest sources and their runs (sysadmins).
  private static final Pattern HARVEST = Pattern.compile("^/dashboard/harvest/?$");
  private static final Pattern HARVEST_SOURCE =
      Pattern.compile("^/dashboard/harvest/" + ID + "/?$");

  // Accounts (sysadmins).
  private static final Pattern USERS = Pattern.compile("^/dashboard/users/?$");
  private static final Pattern USER_NEW = Pattern.compile("^/dashboard/users/new/?$");
  private static final Pattern USER_ACTION =
      Pattern.compile("^/dashboard/users/" + NAME + "/(disable|enable|password)$");

  // The walidata's review queue (ADR 0016).
  private static final Pattern REVIEWS = Pattern.compile("^/dashboard/verifikasi/?$");
  private static final Pattern REVIEW =
      Pattern.compile("^/dashboard/verifikasi/" + ID + "(?:/(setujui|kembalikan))?/?$");
  private static final Pattern REVIEW_FILE =
      Pattern.compile("^/dashboard/verifikasi/" + ID + "/berkas/" + ID + "$");

  private PublisherRouter() {}

  static PublisherRoute route(String servletPath, String pathInfo) {
    String path = (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
    switch (path) {
      case "/user/login":
        return PublisherRoute.of(Page.LOGIN);
      case "/user/logout":
      case "/user/_logout":
        return PublisherRoute.of(Page.LOGOUT);
      case "/dashboard":
      case "/dashboard/":
        return PublisherRoute.of(Page.DASHBOARD);
      case "/dataset/new":
        return PublisherRoute.of(Page.DATASET_NEW);
      default:
        return path.startsWith(DASAWISMA) ? dasaWisma(path) : byPattern(path);
    }
  }

  private static final String DASAWISMA = "/dashboard/dasawisma";

  private static PublisherRoute dasaWisma(String path) {
    String rest = path.substring(DASAWISMA.length());
    if (rest.endsWith("/")) {
      rest = rest.substring(0, rest.length() - 1);
    }
    Page page =
        switch (rest) {
          case "" -> Page.DASAWISMA;
          case "/rumah-tangga" -> Page.DASAWISMA_HOUSEHOLD;
          case "/rumah-tangga/hapus" -> Page.DASAWISMA_HOUSEHOLD_REMOVE;
          case "/rekap" -> Page.DASAWISMA_RECAP;
          case "/snapshot" -> Page.DASAWISMA_SNAPSHOT;
          case "/peran" -> Page.DASAWISMA_ROLE_ASSIGN;
          case "/peran/cabut" -> Page.DASAWISMA_ROLE_REVOKE;
          default -> Page.NOT_FOUND;
        };
    return PublisherRoute.of(page);
  }

  private static PublisherRoute byPattern(String path) {
    Matcher m;
    if ((m = EDIT.matcher(path)).matches()) {
      return new PublisherRoute(Page.DATASET_EDIT, m.group(1), null);
    }
    if ((m = DELETE.matcher(path)).matches()) {
      return new PublisherRoute(Page.DATASET_DELETE, m.group(1), null);
    }
    if ((m = RESOURCES.matcher(path)).matches()) {
      return new PublisherRoute(Page.RESOURCES, m.group(1), null);
    }
    if ((m = RESOURCE.matcher(path)).matches()) {
      return new PublisherRoute(Page.RESOURCE_EDIT, m.group(1), m.group(2));
    }
    if ((m = RESOURCE_DELETE.matcher(path)).matches()) {
      return new PublisherRoute(Page.RESOURCE_DELETE, m.group(1), m.group(2));
    }
    if ((m = MEMBERS.matcher(path)).matches()) {
      return new PublisherRoute(Page.MEMBERS, m.group(1), null);
    }
    if ((m = MEMBER_REMOVE.matcher(path)).matches()) {
      return new PublisherRoute(Page.MEMBER_REMOVE, m.group(1), null);
    }
    if ((m = ORG_REVIEW.matcher(path)).matches()) {
      return new PublisherRoute(Page.ORG_REVIEW, m.group(1), null);
    }
    if ((m = TOKENS.matcher(path)).matches()) {
      return new PublisherRoute(Page.TOKENS, m.group(1), null);
    }
    if ((m = TOKEN_REVOKE.matcher(path)).matches()) {
      return new PublisherRoute(Page.TOKEN_REVOKE, m.group(1), null);
    }
    if ((m = IMPORT.matcher(path)).matches()) {
      return new PublisherRoute(Page.IMPORT, m.group(1), null);
    }
    if ((m = IMPORT_REPORT.matcher(path)).matches()) {
      return new PublisherRoute(Page.IMPORT_REPORT, m.group(1), m.group(2));
    }
    if (HARVEST.matcher(path).matches()) {
      return PublisherRoute.of(Page.HARVEST);
    }
    if ((m = HARVEST_SOURCE.matcher(path)).matches()) {
      return new PublisherRoute(Page.HARVEST_SOURCE, null, m.group(1));
    }
    return reviews(path);
  }

  private static PublisherRoute reviews(String path) {
    if (REVIEWS.matcher(path).matches()) {
      return PublisherRoute.of(Page.REVIEWS);
    }
    Matcher m = REVIEW.matcher(path);
    if (m.matches()) {
      Page page =
          m.group(2) == null
              ? Page.REVIEW
              : m.group(2).equals("setujui") ? Page.REVIEW_APPROVE : Page.REVIEW_RETURN;
      return new PublisherRoute(page, null, m.group(1));
    }
    if ((m = REVIEW_FILE.matcher(path)).matches()) {
      return new PublisherRoute(Page.REVIEW_FILE, m.group(1), m.group(2));
    }
    return users(path);
  }

  private static PublisherRoute users(String path) {
    if (USERS.matcher(path).matches()) {
      return PublisherRoute.of(Page.USERS);
    }
    if (USER_NEW.matcher(path).matches()) {
      return PublisherRoute.of(Page.USER_NEW);
    }
    Matcher m = USER_ACTION.matcher(path);
    if (m.matches()) {
      Page page =
          switch (m.group(2)) {
            case "disable" -> Page.USER_DISABLE;
            case "enable" -> Page.USER_ENABLE;
            default -> Page.USER_PASSWORD;
          };
      return new PublisherRoute(page, m.group(1), null);
    }
    return PublisherRoute.of(Page.NOT_FOUND);
  }
}
