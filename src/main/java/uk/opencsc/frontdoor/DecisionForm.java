package uk.opencsc.frontdoor;

import org.springframework.validation.Errors;
import uk.opencsc.platform.web.DateInput;
import uk.opencsc.platform.web.FormValues;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * The manager's decision on a contact as typed.
 *
 * @param earlyHelpLead the lead organisation, needed only when the decision is early help
 * @param primaryNeed   optional CIN census primary need for the referral a referral decision opens
 * @param version       the contact's version when the form was opened
 */
record DecisionForm(String decision, DateInput decidedDate, String decidedTime, String rationale, String earlyHelpLead,
                    String primaryNeed, Integer version) {

    static DecisionForm blank(LocalDateTime now, int version) {
        return new DecisionForm(null, DateInput.of(now.toLocalDate()), FormValues.format(now.toLocalTime()), null, null, null, version);
    }

    DecisionForm withVersion(int newVersion) {
        return new DecisionForm(decision, decidedDate, decidedTime, rationale, earlyHelpLead, primaryNeed, newVersion);
    }

    /** @return the decision, or null with every problem rejected against its field (the rationale is checked by the rules) */
    ContactDecision toDecision(Errors errors) {
        ContactOutcome outcome = FormValues.requiredCode(ContactOutcome.class, decision, "decision", "the decision", errors);
        LocalDate date = FormValues.requiredDate(decidedDate, "decidedDate", "Date of the decision", errors);
        LocalTime time = FormValues.requiredTime(decidedTime, "decidedTime", "Time of the decision", errors);
        if (outcome == null || date == null || time == null) {
            return null;
        }
        return new ContactDecision(outcome, date.atTime(time), rationale);
    }
}
