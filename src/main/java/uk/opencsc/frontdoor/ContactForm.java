package uk.opencsc.frontdoor;

import org.springframework.validation.Errors;
import uk.opencsc.platform.web.DateInput;
import uk.opencsc.platform.web.FormValues;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;

/** The record-a-contact form as typed; codes and dates are checked when it is turned into a {@link NewContact}. */
record ContactForm(DateInput receivedDate, String receivedTime, String source, String contactName, String contactAgency,
                   String reason, String consent, String consentNote, String childsVoice) {

    static ContactForm blank(LocalDateTime now) {
        return new ContactForm(DateInput.of(now.toLocalDate()), FormValues.format(now.toLocalTime()), null, null, null,
                null, null, null, null);
    }

    /**
     * @return the contact, or null with each value that could not be read rejected against its field; what was
     *         typed is left to {@link FrontDoorRules#contact} (a blank name, a time in the future), so a form
     *         with both kinds of problem names them all at once
     */
    NewContact toContact(UUID personId, Errors errors) {
        LocalDate date = FormValues.requiredDate(receivedDate, "receivedDate", "Date received", errors);
        LocalTime time = FormValues.requiredTime(receivedTime, "receivedTime", "Time received", errors);
        ReferralSource s = FormValues.requiredCode(ReferralSource.class, source, "source", "who made the contact (the source)", errors);
        Consent c = FormValues.requiredCode(Consent.class, consent, "consent", "whether consent was given", errors);
        if (errors.hasErrors()) {
            return null;
        }
        return new NewContact(personId, date.atTime(time), s, contactName, contactAgency, reason, c, consentNote, childsVoice);
    }
}
