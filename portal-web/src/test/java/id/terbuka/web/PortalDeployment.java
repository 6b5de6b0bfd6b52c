package id.terbuka.web;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that {@code portal-web} built, deployed as is (not a hand-made test archive). */
public final class PortalDeployment {
  private PortalDeployment() {}

  public static WebArchive war() {
    String path = System.getProperty("terbuka.war");
    if (path == null || !new File(path).isFile()) {
      throw new IllegalStateException(
          "terbuka.war system property must point at the built WAR: " + path);
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(path));
  }
}
