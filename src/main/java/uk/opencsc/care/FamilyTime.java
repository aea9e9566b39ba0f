package uk.opencsc.care;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A family time arrangement: who the child sees, how often, supervised or not, from its start to its end (both
 * inclusive; no end while it continues), with the sessions recorded, the latest first.
 *
 * @param supervisedBy who supervises; null when not supervised
 */
public record FamilyTime(UUID id, UUID periodId, String withWhom, FamilyTimeRelationship relationship, FamilyTimeFrequency frequency,
                         boolean supervised, String supervisedBy, LocalDate startDate, LocalDate endDate, List<Session> sessions) {

    public FamilyTime {
        sessions = List.copyOf(sessions);
    }

    public boolean current(LocalDate today) {
        return endDate == null || !today.isAfter(endDate);
    }

    /** One session of family time: held, or cancelled and by whom. */
    public record Session(UUID id, LocalDate date, SessionOutcome outcome, String note) {
    }
}
