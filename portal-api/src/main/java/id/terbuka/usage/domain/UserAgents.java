package id.terbuka.usage.domain;

import java.util.List;
import java.util.Locale;

/**
 * Which clients are not counted: crawlers, link previews, uptime monitors and headless browsers,
 * recognised by their {@code User-Agent}, and clients that send none. Scripted downloads by people
 * ({@code curl}, {@code Wget}, {@code python-requests}, R, a spreadsheet) are counted: on an open
 * data portal fetching a file from a script is a real use of the data.
 */
public final class UserAgents {
  /**
   * Lower-case fragments; a user agent containing any of them is automated. "bot" covers Googlebot,
   * bingbot, Applebot, Slackbot, TelegramBot, AhrefsBot...; "crawl" and "spider" the generic
   * crawlers; the rest are link previews, archivers, monitors and headless browsers.
   */
  static final List<String> AUTOMATED =
      List.of(
          "bot",
          "crawl",
          "spider",
          "slurp",
          "archiver",
          "facebookexternalhit",
          "whatsapp",
          "preview",
          "embedly",
          "headlesschrome",
          "lighthouse",
          "pingdom",
          "uptime",
          "monitor",
          "check_http",
          "nagios",
          "zabbix",
          "kube-probe",
          "healthcheck");

  private UserAgents() {}

  /** Whether a request with this {@code User-Agent} (null when absent) is left out of counts. */
  public static boolean automated(String userAgent) {
    if (userAgent == null || userAgent.isBlank()) {
      return true;
    }
    String ua = userAgent.toLowerCase(Locale.ROOT);
    for (String fragment : AUTOMATED) {
      if (ua.contains(fragment)) {
        return true;
      }
    }
    return false;
  }
}
