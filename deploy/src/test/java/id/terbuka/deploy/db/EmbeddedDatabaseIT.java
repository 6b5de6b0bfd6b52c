package id.terbuka.deploy.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseIT {

  @TempDir Path dir;

  @Test
  void dataSurvivesARestart() throws IOException, SQLException {
    Path data = dir.resolve("postgres");
    Optional<Path> log = Optional.of(dir.resolve("logs/postgres.log"));

    try (EmbeddedDatabase db = EmbeddedDatabase.start(data, Optional.empty(), log)) {
      execute(db.coordinates(), "CREATE TABLE kecamatan (nama text primary key)");
      execute(db.coordinates(), "INSERT INTO kecamatan VALUES ('Kapas'), ('Dander')");
    }

    try (EmbeddedDatabase db = EmbeddedDatabase.start(data, Optional.empty(), log)) {
      DatabaseCoordinates coordinates = db.coordinates();
      assertEquals(EmbeddedDatabase.USER, coordinates.user());
      try (Connection connection = connect(coordinates);
          Statement statement = connection.createStatement();
          ResultSet rows =
              statement.executeQuery(
                  "SELECT current_database(), count(*) FROM kecamatan GROUP BY 1")) {
        rows.next();
        assertEquals(EmbeddedDatabase.DATABASE, rows.getString(1));
        assertEquals(2, rows.getInt(2));
      }
    }
  }

  private static void execute(DatabaseCoordinates coordinates, String sql) throws SQLException {
    try (Connection connection = connect(coordinates);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static Connection connect(DatabaseCoordinates coordinates) throws SQLException {
    return DriverManager.getConnection(
        coordinates.jdbcUrl(), coordinates.user(), coordinates.password());
  }
}
