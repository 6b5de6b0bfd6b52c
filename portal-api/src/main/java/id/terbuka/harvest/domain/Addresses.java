package id.terbuka.harvest.domain;

import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Which addresses a harvest may reach. By default only public ones: a sysadmin's source URL must
 * not become a way to probe the portal's own network (its database, Solr, cloud metadata at
 * 169.254.169.254). Tests and the demo harvest another instance on localhost, so an operator may
 * allow private addresses ({@code TERBUKA_HARVEST_ALLOW_PRIVATE}).
 */
public final class Addresses {
  private Addresses() {}

  /** Loopback, private, link-local, unspecified, multicast, carrier-grade NAT or IPv6 ULA. */
  public static boolean isPrivate(InetAddress a) {
    if (a.isLoopbackAddress()
        || a.isSiteLocalAddress()
        || a.isLinkLocalAddress()
        || a.isAnyLocalAddress()
        || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet6Address) {
      // fc00::/7, unique local addresses (Java's isSiteLocal knows only the old fec0::/10).
      return (b[0] & 0xfe) == 0xfc;
    }
    // 100.64.0.0/10 (carrier-grade NAT) and 0.0.0.0/8.
    return ((b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64) || b[0] == 0;
  }
}
