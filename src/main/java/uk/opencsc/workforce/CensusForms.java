package uk.opencsc.workforce;

import uk.opencsc.platform.web.DateInput;

/** The workforce census's forms as typed. */
final class CensusForms {

    private CensusForms() {
    }

    /**
     * @param stepUpGraduate "yes", "no" or blank (not known)
     * @param version        the details' version when opened; -1 when the worker had none
     */
    record DetailsForm(DateInput bornOn, String gender, String ethnicity, String qualificationInstitution, String qualificationLevel,
                       String stepUpGraduate, String frontlineGraduate, String orgRole, String startOrigin, String leaverDestination,
                       String kssStatus, Integer version) {

        DetailsForm withVersion(int newVersion) {
            return new DetailsForm(bornOn, gender, ethnicity, qualificationInstitution, qualificationLevel, stepUpGraduate, frontlineGraduate,
                    orgRole, startOrigin, leaverDestination, kssStatus, newVersion);
        }
    }

    /** @param version the absence's version when opened; blank for a new one */
    record AbsenceForm(String reason, DateInput firstDay, DateInput lastDay, String workingDaysLost, Integer version) {

        AbsenceForm withVersion(int newVersion) {
            return new AbsenceForm(reason, firstDay, lastDay, workingDaysLost, newVersion);
        }
    }

    /**
     * @param latestFrom    the day of the team's latest funding row when opened (ISO date); blank when it had none
     * @param latestVersion that row's version
     */
    record FundingForm(String fundedFte, DateInput fundedFrom, String latestFrom, Integer latestVersion) {

        FundingForm withLatest(String from, Integer version) {
            return new FundingForm(fundedFte, fundedFrom, from, version);
        }
    }
}
