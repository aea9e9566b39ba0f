package uk.opencsc.protection;

import uk.opencsc.platform.web.DateInput;

import java.util.List;

/**
 * An initial child protection conference as typed.
 *
 * @param version the enquiry's version when the form was opened
 */
record ConferenceForm(DateInput conferenceDate, String outcome, List<String> categories, Integer version) {

    ConferenceForm withVersion(int newVersion) {
        return new ConferenceForm(conferenceDate, outcome, categories, newVersion);
    }
}
