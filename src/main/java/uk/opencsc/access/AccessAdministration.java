package uk.opencsc.access;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.audit.RecordChanged;
import uk.opencsc.audit.RecordChanged.FieldChange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Creating teams, users and restricted-record grants. Every change is audited. */
@Service
public class AccessAdministration {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;

    AccessAdministration(JdbcClient jdbc, PasswordEncoder passwords, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.events = events;
    }

    /** A team and the service it belongs to (a head of service reads every team of their service). */
    public record NewTeam(String name, String service) {
        public NewTeam {
            requireText(name, "name");
            requireText(service, "service");
        }
    }

    /**
     * A user account.
     *
     * @param password        for form sign-in (the demo, or authorities without single sign-on); null for OpenID Connect users
     * @param accessExpiresOn required for inspectors
     */
    public record NewUser(String username, String displayName, Role role, UUID teamId, String service,
                          String password, LocalDate accessExpiresOn) {
        public NewUser {
            requireText(username, "username");
            requireText(displayName, "displayName");
            Objects.requireNonNull(role, "role");
            if (role == Role.INSPECTOR && accessExpiresOn == null) {
                throw new IllegalArgumentException("An inspector's access must have an expiry date");
            }
        }
    }

    @Transactional
    public UUID createTeam(NewTeam team) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into team (id, name, service) values (:id, :name, :service)")
                .param("id", id).param("name", team.name()).param("service", team.service()).update();
        events.publishEvent(new RecordChanged("team", id.toString(), null, List.of(
                new FieldChange("name", null, team.name()), new FieldChange("service", null, team.service()))));
        return id;
    }

    @Transactional
    public UUID createUser(NewUser user) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into app_user (id, username, display_name, role, team_id, service, password_hash, access_expires_on)
                        values (:id, :username, :name, :role, :team, :service, :hash, :expires)""")
                .param("id", id).param("username", user.username()).param("name", user.displayName())
                .param("role", user.role().name()).param("team", user.teamId()).param("service", user.service())
                .param("hash", user.password() == null ? null : passwords.encode(user.password()))
                .param("expires", user.accessExpiresOn())
                .update();
        List<FieldChange> changes = new ArrayList<>(List.of(
                new FieldChange("username", null, user.username()), new FieldChange("role", null, user.role().name())));
        if (user.teamId() != null) changes.add(new FieldChange("team", null, user.teamId().toString()));
        if (user.accessExpiresOn() != null) changes.add(new FieldChange("accessExpiresOn", null, user.accessExpiresOn().toString()));
        events.publishEvent(new RecordChanged("user", id.toString(), null, changes));
        return id;
    }

    /** Gives one user access to one restricted record, with the reason; the grant is audited against the child. */
    @Transactional
    public UUID grantRestrictedAccess(UUID personId, String username, String reason, LocalDate expiresOn, String grantedBy) {
        requireText(reason, "reason");
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into restricted_record_grant (id, person_id, username, reason, granted_by, expires_on)
                        values (:id, :person, :username, :reason, :by, :expires)""")
                .param("id", id).param("person", personId).param("username", username).param("reason", reason.trim())
                .param("by", grantedBy).param("expires", expiresOn).update();
        events.publishEvent(new RecordChanged("restricted-record-grant", id.toString(), personId, List.of(
                new FieldChange("username", null, username), new FieldChange("reason", null, reason.trim()),
                new FieldChange("expiresOn", null, expiresOn == null ? null : expiresOn.toString()))));
        return id;
    }

    /**
     * Lets a user sign in again, or stops them (their record stays, with everything they did).
     *
     * @return the username
     */
    @Transactional
    public String setEnabled(UUID userId, boolean enabled) {
        var user = jdbc.sql("select username, enabled from app_user where id = :id").param("id", userId)
                .query((rs, n) -> new Object[]{rs.getString(1), rs.getBoolean(2)}).optional()
                .orElseThrow(() -> new uk.opencsc.platform.web.NotFoundException("No user " + userId));
        jdbc.sql("update app_user set enabled = :e, version = version + 1, updated_at = now() where id = :id")
                .param("e", enabled).param("id", userId).update();
        events.publishEvent(new RecordChanged("user", userId.toString(), null, List.of(
                new FieldChange("enabled", String.valueOf(user[1]), String.valueOf(enabled)))));
        return (String) user[0];
    }

    /** Ends a grant now; the grant row is kept, with who revoked it. */
    @Transactional
    public void revokeRestrictedAccess(UUID grantId, String revokedBy) {
        var grant = jdbc.sql("select person_id, username from restricted_record_grant where id = :id and revoked_at is null")
                .param("id", grantId).query((rs, n) -> new Object[]{rs.getObject(1, UUID.class), rs.getString(2)}).optional()
                .orElseThrow(() -> new uk.opencsc.platform.web.NotFoundException("No live grant " + grantId));
        jdbc.sql("update restricted_record_grant set revoked_at = now(), revoked_by = :by where id = :id")
                .param("by", revokedBy).param("id", grantId).update();
        events.publishEvent(new RecordChanged("restricted-record-grant", grantId.toString(), (UUID) grant[0], List.of(
                new FieldChange("revokedBy", null, revokedBy))));
    }

    public List<TeamSummary> teams() {
        return jdbc.sql("select id, name, service from team order by service, name").query(TeamSummary.class).list();
    }

    public record TeamSummary(UUID id, String name, String service) {
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }
}
