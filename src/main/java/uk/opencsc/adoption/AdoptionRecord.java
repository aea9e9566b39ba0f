package uk.opencsc.adoption;

import java.time.Instant;
import java.util.UUID;

/** A child's stored adoption and permanence record, with who last changed it (for the "changed meanwhile" message). */
public record AdoptionRecord(UUID id, UUID personId, AdoptionMilestones milestones, int version, String updatedBy,
                             Instant updatedAt) {
}
