package uk.opencsc.audit;

import org.springframework.validation.Errors;
import uk.opencsc.platform.web.DateInput;

import java.time.LocalDate;
import java.util.UUID;

/** The administrator's audit query as typed: a child's record id, a username and a date range. */
record AuditSearchForm(String person, String user, DateInput from, DateInput to) {

    static AuditSearchForm blank() {
        return new AuditSearchForm("", "", DateInput.empty(), DateInput.empty());
    }

    boolean isBlank() {
        return blank(person) && blank(user) && (from == null || from.isBlank()) && (to == null || to.isBlank());
    }

    /** Checks every field, naming each that is wrong, and returns the query when all are right. */
    AuditLog.AuditQuery toQuery(Errors errors) {
        UUID personId = null;
        if (!blank(person)) {
            try {
                personId = UUID.fromString(person.trim());
            } catch (IllegalArgumentException e) {
                errors.rejectValue("person", "invalid", "Child's record ID must be the ID shown on the record, like 3f2b8c1e-…");
            }
        }
        LocalDate fromDate = date(from, "from", "From date", errors);
        LocalDate toDate = date(to, "to", "To date", errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.rejectValue("to", "before", "To date must be the same as or after the from date");
        }
        return errors.hasErrors() ? null : new AuditLog.AuditQuery(personId, blank(user) ? null : user.trim(), fromDate, toDate);
    }

    private static LocalDate date(DateInput input, String field, String label, Errors errors) {
        if (input == null) {
            return null;
        }
        var problem = input.problem();
        if (problem.isPresent()) {
            errors.rejectValue(field, "invalid", label + " " + problem.get());
            return null;
        }
        return input.toDate().orElse(null);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
