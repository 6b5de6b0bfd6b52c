package id.terbuka.usage.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserAgentsTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)",
        "Mozilla/5.0 (compatible; Yahoo! Slurp; http://help.yahoo.com/help/us/ysearch/slurp)",
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
        "WhatsApp/2.23.20.0",
        "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 HeadlessChrome/120.0 Safari/537.36",
        "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)",
        "kube-probe/1.29",
        "Sogou web spider/4.0",
        "ia_archiver (+http://www.alexa.com/site/help/webmasters)",
        "",
        "   "
      })
  void crawlersPreviewsMonitorsAndAnonymousClientsAreNotCounted(String ua) {
    assertTrue(UserAgents.automated(ua), ua);
  }

  @Test
  void aMissingUserAgentIsNotCounted() {
    assertTrue(UserAgents.automated(null));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 Chrome/119.0 Mobile Safari/537.36",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:120.0) Gecko/20100101 Firefox/120.0",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
        "curl/8.5.0",
        "Wget/1.21.4",
        "python-requests/2.31.0",
        "Java-http-client/17.0.9",
        "R (4.3.2 x86_64-pc-linux-gnu x86_64 linux-gnu)",
        "Microsoft Office Excel 2014"
      })
  void browsersAndScriptedDownloadsArePeopleUsingTheData(String ua) {
    assertFalse(UserAgents.automated(ua), ua);
  }
}
