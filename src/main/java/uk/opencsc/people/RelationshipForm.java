package uk.opencsc.people;

import org.springframework.validation.Errors;
import uk.opencsc.platform.web.DateInput;

import java.time.LocalDate;

/** A new relationship as typed: "this person is {@code relationshipType} the person with {@code relatedLocalId}". */
record RelationshipForm(String relationshipType, String relatedLocalId, DateInput startDate) {

    static RelationshipForm blank() {
        return new RelationshipForm(null, "", DateInput.empty());
    }

    RelationshipType type(Errors errors) {
        return PersonForm.code(RelationshipType.class, relationshipType, "relationshipType", "Select the relationship", errors, true);
    }

    String relatedLocalId(Errors errors) {
        if (PersonForm.blank(relatedLocalId)) {
            errors.rejectValue("relatedLocalId", "required", "Enter the related person's local ID");
            return null;
        }
        return relatedLocalId.trim();
    }

    LocalDate start(Errors errors, LocalDate today) {
        LocalDate start = PersonForm.date(startDate, "startDate", "Date the relationship began", errors);
        if (start != null && start.isAfter(today)) {
            errors.rejectValue("startDate", "future", "Date the relationship began must be today or in the past");
        }
        return start;
    }
}
