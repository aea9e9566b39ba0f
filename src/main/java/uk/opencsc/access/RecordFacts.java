package uk.opencsc.access;

import java.util.Objects;
import java.util.UUID;

/**
 * What access decisions need to know about a child's record.
 *
 * @param personId          the record
 * @param responsibleTeamId the team responsible for the child; null when no team is (then only
 *                          service-wide and all-record roles see it)
 * @param restricted        a restricted record (a staff member's child, an adoption...): invisible
 *                          without an explicit grant, whatever the role
 */
public record RecordFacts(UUID personId, UUID responsibleTeamId, boolean restricted) {
    public RecordFacts {
        Objects.requireNonNull(personId, "personId");
    }
}
