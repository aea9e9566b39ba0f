package uk.opencsc.people;

import uk.opencsc.access.RecordFacts;

import java.time.Instant;
import java.util.UUID;

/**
 * A person as recorded, with what optimistic locking and the record page need.
 *
 * @param version   the version the reader saw; a save names it so a change made meanwhile is noticed
 * @param updatedBy who saved last, for "changed by X at HH:MM"
 */
record StoredPerson(UUID id, String localId, PersonDetails details, int version,
                    Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    public RecordFacts facts() {
        return new RecordFacts(id, details.responsibleTeamId(), details.restricted());
    }
}
