package id.terbuka.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestInfrastructure.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SmokeIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  void statusShowAnswers() {
    Http http = new Http(base.toString());
    Http.Reply r = http.get(Http.action("status_show"), null);
    assertEquals(200, r.status(), r.body());
    Map<String, Object> result = r.result();
    assertEquals("2.11.5", result.get("ckan_version"));
  }
}
