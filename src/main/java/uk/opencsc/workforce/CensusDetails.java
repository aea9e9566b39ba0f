package uk.opencsc.workforce;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the workforce census asks about a worker that their employment record does not hold. Every item may be
 * unknown (null): the census omits an item that is not known rather than guessing it.
 *
 * @param orgRole null when not recorded: the census then takes it from the worker's role in OpenCSC
 */
public record CensusDetails(UUID userId, LocalDate bornOn, WorkerGender gender, WorkerEthnicity ethnicity, String qualificationInstitution,
                            QualificationLevel qualificationLevel, Boolean stepUpGraduate, Boolean frontlineGraduate, OrgRole orgRole,
                            StartOrigin startOrigin, LeaverDestination leaverDestination, KssStatus kssStatus, int version,
                            Instant updatedAt, String updatedBy) {

    /** A worker with nothing recorded yet. */
    static CensusDetails none(UUID userId) {
        return new CensusDetails(userId, null, null, null, null, null, null, null, null, null, null, null, -1, null, null);
    }
}
