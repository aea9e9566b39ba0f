package uk.opencsc.protection;

import uk.opencsc.platform.web.DateInput;

/** A child protection visit as typed; the yes/no answers are "yes" or "no". */
record VisitForm(DateInput visitDate, String seen, String seenAlone, String bedroomSeen, String childsViews,
                 String observations) {
}
