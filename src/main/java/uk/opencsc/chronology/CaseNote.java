package uk.opencsc.chronology;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A case note as recorded.
 *
 * @param addendumTo     the note this one corrects or adds to, or null for a note in its own right
 * @param version        the version the reader saw; saving names it so a change made meanwhile is noticed
 * @param recordedBy     the username of the author
 * @param recordedByName the author's name as it was when they recorded the note
 */
public record CaseNote(UUID id, UUID personId, CaseNoteDetails details, UUID addendumTo, int version,
                       String recordedBy, String recordedByName, Instant recordedAt, String updatedBy, Instant updatedAt) {

    /** Why {@code username} may not change this note at {@code now}, or empty if they may. */
    public Optional<String> whyNotEditable(String username, Instant now) {
        return CaseNoteRules.whyNotEditable(recordedBy, recordedAt, username, now);
    }

    public boolean editableBy(String username, Instant now) {
        return whyNotEditable(username, now).isEmpty();
    }

    public boolean isAddendum() {
        return addendumTo != null;
    }
}
