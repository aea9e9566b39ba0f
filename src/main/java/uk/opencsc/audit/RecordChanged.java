package uk.opencsc.audit;

import java.util.List;
import java.util.UUID;

/**
 * Something was created or changed.
 *
 * @param subject  what kind of thing, e.g. "person", "address", "restricted-record-grant"
 * @param subjectId its id
 * @param personId the child it concerns, if any
 * @param changes  each changed field with its old and new value (old value null when created)
 */
public record RecordChanged(String subject, String subjectId, UUID personId, List<FieldChange> changes) {

    public RecordChanged {
        changes = List.copyOf(changes);
    }

    /** One field's change; values as the user would read them. */
    public record FieldChange(String field, String oldValue, String newValue) {
    }
}
