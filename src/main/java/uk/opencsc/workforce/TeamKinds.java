package uk.opencsc.workforce;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.Optional;
import java.util.UUID;

/**
 * The kind of work a team does, for modules whose access depends on it (the adoption record is read by adoption
 * teams). Reads this module's team_kind table so no other module reads it.
 */
@Service
public class TeamKinds {

    private final JdbcClient jdbc;

    TeamKinds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the team's kind, or empty when the team has none recorded (or {@code teamId} is null) */
    public Optional<TeamKind> kindOf(UUID teamId) {
        if (teamId == null) {
            return Optional.empty();
        }
        return jdbc.sql("select kind from team_kind where team_id = :t").param("t", teamId)
                .query(String.class).optional().map(TeamKind::valueOf);
    }
}
