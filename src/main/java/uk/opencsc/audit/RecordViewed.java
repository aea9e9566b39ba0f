package uk.opencsc.audit;

import java.util.UUID;

/**
 * Someone looked at a child's record.
 *
 * @param personId the child
 * @param what     which part of the record, e.g. "record", "edit form", "relationships"
 */
public record RecordViewed(UUID personId, String what) {
}
