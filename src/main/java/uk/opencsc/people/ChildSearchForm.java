package uk.opencsc.people;

import org.springframework.validation.Errors;
import uk.opencsc.platform.validation.InvalidValueException;
import uk.opencsc.platform.web.DateInput;
import java.time.LocalDate;

/** The search for a child as typed. */
record ChildSearchForm(String name, DateInput dateOfBirth, String nhsNumber, String upn, String localId) {

    static ChildSearchForm blank() {
        return new ChildSearchForm("", DateInput.empty(), "", "", "");
    }

    /** False when the page is opened rather than the form submitted (a submitted form sends the name, if only empty). */
    boolean submitted() {
        return name != null || nhsNumber != null || upn != null || localId != null;
    }

    /** @return null when a term is wrong (each named in {@code errors}) */
    SearchCriteria toCriteria(Errors errors) {
        LocalDate dob = PersonForm.date(dateOfBirth, "dateOfBirth", "Date of birth", errors);
        NhsNumber nhs = null;
        if (!PersonForm.blank(nhsNumber)) {
            try {
                nhs = NhsNumber.of(nhsNumber);
            } catch (InvalidValueException e) {
                errors.rejectValue("nhsNumber", "invalid", e.getMessage());
            }
        }
        UniquePupilNumber upnValue = null;
        if (!PersonForm.blank(upn)) {
            try {
                upnValue = UniquePupilNumber.of(upn);
            } catch (InvalidValueException e) {
                errors.rejectValue("upn", "invalid", e.getMessage());
            }
        }
        if (!PersonForm.blank(name) && NameKeys.fold(name).isEmpty()) {
            errors.rejectValue("name", "invalid", "Name must include letters");
        }
        if (errors.hasErrors()) {
            return null;
        }
        SearchCriteria criteria = new SearchCriteria(name, dob, nhs, upnValue, localId);
        if (criteria.isEmpty()) {
            errors.rejectValue("name", "required", "Enter a name, date of birth, NHS number, UPN or local ID to search by");
            return null;
        }
        return criteria;
    }
}
