package id.terbuka.deploy.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PortsTest {

  @Test
  void aTakenPortIsNamedWithWhoWantedIt() throws Exception {
    int free = Ports.freePort();
    try (ServerSocket held = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Map<String, Integer> wanted = new LinkedHashMap<>();
      wanted.put("the embedded PostgreSQL (TERBUKA_DB_PORT)", free);
      wanted.put("the portal (TERBUKA_PORT)", held.getLocalPort());
      Optional<String> message = Ports.firstTaken(wanted);
      assertTrue(message.isPresent());
      assertTrue(
          message
              .get()
              .startsWith(
                  "port "
                      + held.getLocalPort()
                      + " is already in use, so the portal (TERBUKA_PORT) cannot start there."),
          message.get());
      assertTrue(message.get().contains("deploy/terbuka stop"), message.get());
    }
    assertEquals(Optional.empty(), Ports.firstTaken(Map.of("the portal (TERBUKA_PORT)", free)));
  }
}
