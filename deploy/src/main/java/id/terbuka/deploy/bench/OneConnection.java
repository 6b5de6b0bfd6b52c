package id.terbuka.deploy.bench;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source whose every connection is one given connection, left open: the caller's
 * transaction. The portal's JDBC stores ({@code PublicationLogStore}, {@code RetentionStore})
 * expect the container's data source, which hands out the transaction's connection; outside the
 * server (the log benchmark, the retention test) this stands in for it.
 */
public final class OneConnection {
  private OneConnection() {}

  public static DataSource of(Connection c) {
    Connection shared =
        (Connection)
            Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) ->
                    method.getName().equals("close") ? null : method.invoke(c, args));
    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getConnection")) {
                return shared;
              }
              if (method.getName().equals("getLogWriter")) {
                return (PrintWriter) null;
              }
              if (method.getName().equals("getParentLogger")) {
                return Logger.getGlobal();
              }
              throw new SQLException("not supported outside the server: " + method.getName());
            });
  }
}
