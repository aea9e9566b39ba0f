package uk.opencsc.people;

import org.springframework.validation.Errors;
import uk.opencsc.platform.web.DateInput;

import java.time.LocalDate;

/** Ending an address or a relationship: the end date (exclusive — the first day it no longer applies) and the version seen. */
record EndForm(DateInput endDate, Integer version) {

    LocalDate toDate(Errors errors, String label, LocalDate today) {
        LocalDate end = PersonForm.date(endDate, "endDate", label, errors);
        if (end == null && !errors.hasFieldErrors("endDate")) {
            errors.rejectValue("endDate", "required", "Enter the " + label.toLowerCase());
        }
        if (end != null && end.isAfter(today.plusDays(1))) {
            errors.rejectValue("endDate", "future", label + " must be today, tomorrow or in the past");
        }
        return errors.hasErrors() ? null : end;
    }
}
