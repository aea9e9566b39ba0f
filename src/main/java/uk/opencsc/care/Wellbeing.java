package uk.opencsc.care;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What is recorded of a looked after child's health, wellbeing and education: the values, one record each. */
public final class Wellbeing {

    private Wellbeing() {
    }

    /** Whether the child's immunisations were up to date when checked (903 OC2 IMMUNISATIONS). */
    public record ImmunisationCheck(UUID id, UUID periodId, LocalDate checkedOn, boolean upToDate) {
    }

    /**
     * A strengths and difficulties questionnaire: the total difficulties score (0-40) or why there is none.
     *
     * @param score         null exactly when {@code reasonNotDone} is set
     */
    public record Sdq(UUID id, UUID periodId, LocalDate date, Integer score, SdqReason reasonNotDone) {
    }

    /**
     * A substance misuse problem identified (903 SUBSTANCE_MISUSE) and whether an intervention was received, or if
     * not, offered (INTERVENTION_RECEIVED, INTERVENTION_OFFERED).
     *
     * @param interventionOffered null when an intervention was received (the 903 leaves it blank then)
     */
    public record SubstanceMisuse(UUID id, UUID periodId, LocalDate identifiedOn, boolean interventionReceived,
                                  Boolean interventionOffered) {
    }

    /** A conviction, youth caution, final warning or reprimand (903 CONVICTED). */
    public record Conviction(UUID id, UUID periodId, LocalDate decidedOn, String offence, OffenceOutcome outcome) {
    }

    /**
     * The child's school and SEN status and who at the virtual school knows them: one per child, edited in place.
     *
     * @param version 0 before anything was saved
     */
    public record Education(String schoolName, String schoolUrn, YearGroup yearGroup, SenStatus senStatus,
                            String virtualSchoolContact, int version, Instant updatedAt, String updatedBy) {

        static Education none() {
            return new Education(null, null, null, SenStatus.N, null, 0, null, null);
        }

        public boolean recorded() {
            return updatedBy != null;
        }
    }

    /**
     * A personal education plan meeting: the one that started the PEP or a review of it.
     *
     * @param review false for the meeting that started the plan
     */
    public record PepMeeting(UUID id, UUID periodId, LocalDate date, boolean review, String targets) {
    }
}
