package uk.opencsc.protection;

import uk.opencsc.platform.validation.CodeList;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * An initial child protection conference.
 *
 * @param categories the categories of abuse found; at least one when the outcome is a plan
 */
public record InitialConference(UUID id, UUID personId, UUID section47Id, LocalDate date, ConferenceOutcome outcome,
                                Set<AbuseCategory> categories) {

    public InitialConference {
        categories = CodeList.inListOrder(AbuseCategory.class, categories);
    }
}
