package uk.opencsc.people;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.audit.RecordChanged;
import uk.opencsc.audit.RecordChanged.FieldChange;
import uk.opencsc.platform.web.NotFoundException;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Moves a child's record to the team now responsible for it, which access scopes reads by. Allocation (the
 * workforce module) is the only way an existing record changes team: allocating a child to a worker makes the
 * worker's team responsible, in the allocation's own transaction. The record page's edit form no longer offers
 * the team. The caller has checked that the user may make the change; this audits it.
 */
@Service
public class ResponsibleTeams {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ResponsibleTeams(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Makes {@code teamId} responsible for the person's record (nothing changes when it already is). The record's
     * version moves on, so an edit form opened before is refused as changed meanwhile rather than moving it back.
     *
     * @throws NotFoundException when there is no such person
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void moveTo(UUID personId, UUID teamId) {
        Objects.requireNonNull(teamId, "teamId");
        UUID before = jdbc.sql("select responsible_team_id from person where id = :id for update").param("id", personId)
                .query(UUID.class).optional().orElseThrow(() -> new NotFoundException("No person " + personId));
        if (teamId.equals(before)) {
            return;
        }
        jdbc.sql("update person set responsible_team_id = :team, version = version + 1, updated_at = now(), updated_by = :actor where id = :id")
                .param("team", teamId).param("actor", actor()).param("id", personId).update();
        events.publishEvent(new RecordChanged("person", personId.toString(), personId, List.of(
                new FieldChange("responsibleTeamId", before == null ? null : before.toString(), teamId.toString()))));
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken ? "system" : auth.getName();
    }
}
