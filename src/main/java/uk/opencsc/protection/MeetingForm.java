package uk.opencsc.protection;

import uk.opencsc.platform.web.DateInput;

/**
 * A core group meeting or review conference as typed.
 *
 * @param reviewOutcome  review conferences only
 * @param latestCategory review conferences only; blank keeps the plan's category
 * @param version        the plan's version when the form was opened
 */
record MeetingForm(DateInput meetingDate, String reviewOutcome, String latestCategory, Integer version) {

    MeetingForm withVersion(int newVersion) {
        return new MeetingForm(meetingDate, reviewOutcome, latestCategory, newVersion);
    }
}
