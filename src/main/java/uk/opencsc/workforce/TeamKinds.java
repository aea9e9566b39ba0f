package uk.opencsc.workforce;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The kind of work a team does, for modules whose access depends on it (the adoption record is read by adoption
 * teams). Reads this module's team_kind table so no other module reads it. Every page asks (the navigation offers the
 * adoption team its list), so the authority's few dozen teams' kinds are kept with the other authority-wide facts.
 */
@Service
public class TeamKinds {

    private final JdbcClient jdbc;
    private final AuthorityWideFacts facts;

    TeamKinds(JdbcClient jdbc, AuthorityWideFacts facts) {
        this.jdbc = jdbc;
        this.facts = facts;
    }

    /** @return the team's kind, or empty when the team has none recorded (or {@code teamId} is null) */
    public Optional<TeamKind> kindOf(UUID teamId) {
        if (teamId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(facts.get("team kinds", this::all).get(teamId));
    }

    private Map<UUID, TeamKind> all() {
        Map<UUID, TeamKind> kinds = new HashMap<>();
        jdbc.sql("select team_id, kind from team_kind").query(rs -> {
            kinds.put(rs.getObject("team_id", UUID.class), TeamKind.valueOf(rs.getString("kind")));
        });
        return kinds;
    }
}
