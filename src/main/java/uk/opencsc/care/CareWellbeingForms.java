package uk.opencsc.care;

import uk.opencsc.platform.web.DateInput;

/** The health, wellbeing and education forms as typed. Yes/no answers are "yes" or "no"; the SDQ score as typed. */
final class CareWellbeingForms {

    private CareWellbeingForms() {
    }

    record ImmunisationForm(DateInput checkedOn, String upToDate) {
    }

    record SdqForm(DateInput sdqDate, String score, String reasonNotDone) {
    }

    record SubstanceMisuseForm(DateInput identifiedOn, String interventionReceived, String interventionOffered) {
    }

    record ConvictionForm(DateInput decidedOn, String offence, String outcome) {
    }

    /** @param version the education details' version when the form was opened (0: none saved yet) */
    record EducationForm(String schoolName, String schoolUrn, String yearGroup, String senStatus, String virtualSchoolContact,
                         Integer version) {

        EducationForm withVersion(int newVersion) {
            return new EducationForm(schoolName, schoolUrn, yearGroup, senStatus, virtualSchoolContact, newVersion);
        }
    }

    record PepMeetingForm(DateInput meetingDate, String review, String targets) {
    }
}
