package uk.opencsc.access;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@Repository
class UserRepository {

    private static final String USER_COLUMNS = """
            u.id, u.username, u.display_name, u.role, u.team_id, coalesce(u.service, t.service) as service,
            u.access_expires_on, u.enabled, u.password_hash""";

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredUser> findByUsername(String username) {
        return jdbc.sql("select " + USER_COLUMNS + " from app_user u left join team t on t.id = u.team_id where lower(u.username) = lower(:u)")
                .param("u", username)
                .query(UserRepository::storedUser)
                .optional();
    }

    /** Every user, for the administrator's list: role, team, and whether they can sign in. */
    record Listed(UUID id, String username, String displayName, Role role, String team, String service,
                  LocalDate accessExpiresOn, boolean enabled, boolean singleSignOn) {
    }

    java.util.List<Listed> all() {
        return jdbc.sql("""
                        select u.id, u.username, u.display_name, u.role, t.name as team, coalesce(u.service, t.service) as service,
                               u.access_expires_on, u.enabled, u.password_hash is null as single_sign_on
                        from app_user u left join team t on t.id = u.team_id
                        order by u.role, u.username""")
                .query((rs, n) -> new Listed(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
                        Role.valueOf(rs.getString("role")), rs.getString("team"), rs.getString("service"),
                        rs.getObject("access_expires_on", LocalDate.class), rs.getBoolean("enabled"), rs.getBoolean("single_sign_on")))
                .list();
    }

    Set<UUID> teamsOfService(String service) {
        if (service == null) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select id from team where service = :s").param("s", service).query(UUID.class).list());
    }

    Set<UUID> liveGrants(String username, LocalDate today) {
        return new HashSet<>(jdbc.sql("""
                        select person_id from restricted_record_grant
                        where username = :u and revoked_at is null and (expires_on is null or expires_on >= :today)""")
                .param("u", username).param("today", today)
                .query(UUID.class).list());
    }

    private static StoredUser storedUser(ResultSet rs, int row) throws SQLException {
        LocalDate expires = rs.getObject("access_expires_on", LocalDate.class);
        SignedInUser user = new SignedInUser(rs.getObject("id", UUID.class), rs.getString("username"),
                rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                rs.getObject("team_id", UUID.class), rs.getString("service"), expires);
        return new StoredUser(user, rs.getString("password_hash"), rs.getBoolean("enabled"));
    }

    record StoredUser(SignedInUser user, String passwordHash, boolean enabled) {
    }
}
