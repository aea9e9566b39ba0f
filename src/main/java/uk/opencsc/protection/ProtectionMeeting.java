package uk.opencsc.protection;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A core group meeting or a review conference of a child protection plan.
 *
 * @param reviewOutcome set for a review conference only
 */
public record ProtectionMeeting(UUID id, UUID planId, Kind kind, LocalDate date, ReviewOutcome reviewOutcome) {

    public enum Kind {
        CORE_GROUP("Core group meeting"),
        REVIEW_CONFERENCE("Review conference");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
