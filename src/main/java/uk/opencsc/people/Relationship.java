package uk.opencsc.people;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One half of a relationship pair, read from {@code personId}'s record: "this person is {@code type} the related person".
 *
 * @param relatedVisible whether the reader may open the related person's record; when not, only the
 *                       relationship is shown, never the other person's name
 * @param endDate        exclusive; null while the relationship holds
 */
record Relationship(UUID id, UUID pairId, UUID personId, RelationshipType type, UUID relatedPersonId, String relatedLocalId,
                    String relatedName, LocalDate relatedDateOfBirth, boolean relatedVisible,
                    LocalDate startDate, LocalDate endDate, int version) {

    public boolean current() {
        return endDate == null;
    }
}
