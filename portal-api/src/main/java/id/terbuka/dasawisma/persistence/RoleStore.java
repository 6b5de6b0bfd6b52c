package id.terbuka.dasawisma.persistence;

import id.terbuka.dasawisma.domain.PkkRole;
import id.terbuka.dasawisma.domain.RoleGrant;
import id.terbuka.shared.persistence.Database;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Role assignments in {@code dasawisma.role_assignment}. */
@ApplicationScoped
public class RoleStore {
  @jakarta.annotation.Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /** One assignment as stored. */
  public record Assignment(String userId, RoleGrant grant, String assignedBy, Instant assignedAt) {}

  /** The roles one user holds. */
  public List<RoleGrant> grantsOf(String userId) {
    return assignments("where user_id = ?", userId).stream().map(Assignment::grant).toList();
  }

  /** Every assignment, by region then user. */
  public List<Assignment> all() {
    return assignments("", null);
  }

  /**
   * Records an assignment.
   *
   * @return false when the user already held that role over that region
   */
  public boolean assign(String userId, RoleGrant grant, String assignedBy) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into dasawisma.role_assignment (user_id, role, region_code, assigned_by)"
                    + " values (?, ?, ?, ?) on conflict do nothing")) {
      ps.setString(1, userId);
      ps.setString(2, grant.role().code());
      ps.setString(3, grant.regionCode());
      ps.setString(4, assignedBy);
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not store the role", e);
    }
  }

  /**
   * Removes an assignment.
   *
   * @return false when there was none
   */
  public boolean revoke(String userId, RoleGrant grant) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "delete from dasawisma.role_assignment"
                    + " where user_id = ? and role = ? and region_code = ?")) {
      ps.setString(1, userId);
      ps.setString(2, grant.role().code());
      ps.setString(3, grant.regionCode());
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not remove the role", e);
    }
  }

  private List<Assignment> assignments(String where, String userId) {
    List<Assignment> found = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select user_id, role, region_code, assigned_by, assigned_at"
                    + " from dasawisma.role_assignment "
                    + where
                    + " order by region_code, user_id, role")) {
      if (userId != null) {
        ps.setString(1, userId);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          // A role this version does not know (written by a newer one) grants nothing.
          Optional<PkkRole> role = PkkRole.parse(rs.getString(2));
          if (role.isPresent()) {
            found.add(
                new Assignment(
                    rs.getString(1),
                    new RoleGrant(role.get(), rs.getString(3)),
                    rs.getString(4),
                    rs.getTimestamp(5).toInstant()));
          }
        }
      }
      return found;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the roles", e);
    }
  }
}
