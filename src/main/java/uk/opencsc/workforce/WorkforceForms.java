package uk.opencsc.workforce;

import uk.opencsc.platform.web.DateInput;

/** The workforce forms as typed. */
final class WorkforceForms {

    private WorkforceForms() {
    }

    /**
     * Allocating or reallocating a child.
     *
     * @param currentAllocationId the child's current allocation when the form was opened; blank when the child was waiting
     * @param version             that allocation's version
     */
    record AllocateForm(String workerUserId, DateInput allocatedOn, String reason, String currentAllocationId, Integer version) {
    }

    record EndForm(DateInput endedOn, String endReason, String currentAllocationId, Integer version) {
    }

    /** @param version the employment's version when opened; blank when the worker had no employment record */
    record EmploymentForm(String registrationNumber, String qualification, DateInput qualifiedOn, String fte, String employment,
                          DateInput startedOn, DateInput leftOn, String leavingReason, Integer version) {

        EmploymentForm withVersion(Integer newVersion) {
            return new EmploymentForm(registrationNumber, qualification, qualifiedOn, fte, employment, startedOn, leftOn, leavingReason,
                    newVersion);
        }
    }
}
