package uk.opencsc.protection;

import uk.opencsc.platform.web.DateInput;

import java.util.List;

/** A strategy discussion as typed. */
record StrategyDiscussionForm(DateInput heldDate, String heldTime, List<String> agencies, String attendees,
                              String decision, String rationale) {
}
