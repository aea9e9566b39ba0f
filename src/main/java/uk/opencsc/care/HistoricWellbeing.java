package uk.opencsc.care;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A looked after child's health, wellbeing and education as another system (or the synthetic authority) holds it,
 * for {@link CareWellbeingBulkLoad}. Each dated fact falls within one of the child's periods of care.
 *
 * @param school null when not known
 */
public record HistoricWellbeing(UUID personId, List<Immunisation> immunisations, List<Sdq> sdqs, List<Misuse> substanceMisuse,
                                List<Offence> convictions, School school, List<Pep> pepMeetings) {

    public record Immunisation(LocalDate checkedOn, boolean upToDate) {
    }

    /** @param score null exactly when {@code reasonNotDone} is set */
    public record Sdq(LocalDate date, Integer score, SdqReason reasonNotDone) {
    }

    /** @param interventionOffered null when an intervention was received */
    public record Misuse(LocalDate identifiedOn, boolean interventionReceived, Boolean interventionOffered) {
    }

    public record Offence(LocalDate decidedOn, String offence, OffenceOutcome outcome) {
    }

    public record School(String name, String urn, YearGroup yearGroup, SenStatus senStatus, String virtualSchoolContact) {
    }

    public record Pep(LocalDate date, boolean review, String targets) {
    }
}
