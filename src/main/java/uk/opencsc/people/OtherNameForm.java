package uk.opencsc.people;

import org.springframework.validation.Errors;
import uk.opencsc.platform.web.DateInput;

import java.time.LocalDate;

/** A former name or a name the person is also known by, as typed. At least a first or a last name. */
record OtherNameForm(String kind, String firstName, String middleNames, String lastName, DateInput usedUntil) {

    static OtherNameForm blank() {
        return new OtherNameForm(null, "", "", "", DateInput.empty());
    }

    NameKind kind(Errors errors) {
        NameKind value = PersonForm.code(NameKind.class, kind, "kind", "Select whether this is a former name or a name they are also known by", errors, true);
        if (PersonForm.blank(firstName) && PersonForm.blank(lastName)) {
            errors.rejectValue("firstName", "required", "Enter a first name, a last name or both");
        }
        return value;
    }

    /** The last day but one the former name was used (the end is exclusive); only for a former name. */
    LocalDate until(Errors errors, NameKind kind, LocalDate today) {
        LocalDate until = PersonForm.date(usedUntil, "usedUntil", "Date they stopped using the name", errors);
        if (until != null && kind == NameKind.ALSO_KNOWN_AS) {
            errors.rejectValue("usedUntil", "notFormer", "Date they stopped using the name is only for a former name");
        }
        if (until != null && until.isAfter(today)) {
            errors.rejectValue("usedUntil", "future", "Date they stopped using the name must be today or in the past");
        }
        return until;
    }

    String blankToNull(String s) {
        return PersonForm.blank(s) ? null : s.trim();
    }
}
