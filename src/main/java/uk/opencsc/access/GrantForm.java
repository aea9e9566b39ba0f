package uk.opencsc.access;

import org.springframework.validation.Errors;
import uk.opencsc.platform.web.DateInput;

import java.time.LocalDate;
import java.util.UUID;

/** A grant of access to one restricted record, as typed. */
record GrantForm(String person, String username, String reason, DateInput expiresOn) {

    static GrantForm blank() {
        return new GrantForm("", "", "", DateInput.empty());
    }

    /** A checked grant, or null with every problem recorded against its field. */
    Valid validate(Errors errors, LocalDate today) {
        UUID personId = null;
        if (blank(person)) {
            errors.rejectValue("person", "required", "Enter the child's record ID");
        } else {
            try {
                personId = UUID.fromString(person.trim());
            } catch (IllegalArgumentException e) {
                errors.rejectValue("person", "invalid", "Child's record ID must be the ID shown at the foot of the record");
            }
        }
        if (blank(username)) {
            errors.rejectValue("username", "required", "Enter the username of the person being given access");
        }
        if (blank(reason)) {
            errors.rejectValue("reason", "required", "Enter why this person needs access to the restricted record");
        }
        LocalDate expires = null;
        if (expiresOn != null && expiresOn.problem().isPresent()) {
            errors.rejectValue("expiresOn", "invalid", "Access ends " + expiresOn.problem().get());
        } else if (expiresOn != null) {
            expires = expiresOn.toDate().orElse(null);
            if (expires != null && expires.isBefore(today)) {
                errors.rejectValue("expiresOn", "past", "Access ends must be today or in the future");
            }
        }
        return errors.hasErrors() ? null : new Valid(personId, username.trim(), reason.trim(), expires);
    }

    record Valid(UUID personId, String username, String reason, LocalDate expiresOn) {
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
