package uk.opencsc.people;

import org.springframework.validation.Errors;
import uk.opencsc.platform.validation.InvalidValueException;
import uk.opencsc.platform.web.DateInput;
import java.time.LocalDate;

/** A new address as typed; with an end date it is one they lived at before, without it their new current address. */
record AddressForm(String line1, String line2, String town, String postcode, DateInput startDate, DateInput endDate) {

    static AddressForm blank() {
        return new AddressForm("", "", "", "", DateInput.empty(), DateInput.empty());
    }

    /** The first day they no longer lived there, for a past address; null for a new current address. */
    LocalDate end(Errors errors, LocalDate today) {
        LocalDate end = PersonForm.date(endDate, "endDate", "Date they left", errors);
        if (end != null && end.isAfter(today)) {
            errors.rejectValue("endDate", "future", "Date they left must be today or in the past: leave it empty for their current address");
        }
        return end;
    }

    NewAddress toAddress(Errors errors) {
        return toAddress(line1, line2, town, postcode, startDate, "line1", "line2", "town", "postcode", "startDate", errors);
    }

    /** Checks an address's fields under the given field names. @return null when any is wrong */
    static NewAddress toAddress(String line1, String line2, String town, String postcode, DateInput start,
                                String line1Field, String line2Field, String townField, String postcodeField, String startField, Errors errors) {
        if (PersonForm.blank(line1)) errors.rejectValue(line1Field, "required", "Enter address line 1");
        if (PersonForm.blank(town)) errors.rejectValue(townField, "required", "Enter the town or city");
        Postcode code = null;
        if (PersonForm.blank(postcode)) {
            errors.rejectValue(postcodeField, "required", "Enter the postcode");
        } else {
            try {
                code = Postcode.of(postcode);
            } catch (InvalidValueException e) {
                errors.rejectValue(postcodeField, "invalid", e.getMessage());
            }
        }
        LocalDate startDate = PersonForm.date(start, startField, "Date they started living here", errors);
        if (startDate == null && !errors.hasFieldErrors(startField)) {
            errors.rejectValue(startField, "required", "Enter the date they started living here");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new NewAddress(line1, line2, town, code, startDate);
    }
}
