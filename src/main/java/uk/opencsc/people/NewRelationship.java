package uk.opencsc.people;

import uk.opencsc.platform.validation.InvalidValueException;
import java.time.LocalDate;

/**
 * A relationship from the person being loaded to another person named by local ID, read as
 * "this person is {@code type} {@code relatedLocalId}" (a mother: PARENT_OF the child's ID). The
 * inverse (CHILD_OF) is recorded with it.
 *
 * @param relatedLocalId a person in the same load or already recorded
 * @param startDate      optional: when the relationship began (a birth, a placement), null when not known
 */
public record NewRelationship(RelationshipType type, String relatedLocalId, LocalDate startDate) {

    public NewRelationship {
        if (type == null) throw new InvalidValueException("relationshipType", "Relationship is required");
        if (relatedLocalId == null || relatedLocalId.isBlank()) {
            throw new InvalidValueException("relatedLocalId", "Related person's local ID is required");
        }
        relatedLocalId = relatedLocalId.trim();
    }
}
