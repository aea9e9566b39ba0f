package uk.opencsc.timescales;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What the timescales need to know of one child: their date of birth (some limits depend on age) and the
 * dated facts of their journey.
 *
 * @param dateOfBirth null if not known (then age-dependent limits use the under-five interval, the stricter)
 * @param events      in any order; kept sorted by date, then time (unknown times first), then as given
 */
public record ChildJourney(UUID childId, LocalDate dateOfBirth, List<ChildEvent> events) {

    private static final Comparator<ChildEvent> CHRONOLOGICAL = Comparator.comparing(ChildEvent::date)
            .thenComparing(ChildEvent::time, Comparator.nullsFirst(Comparator.naturalOrder()));

    public ChildJourney {
        Objects.requireNonNull(childId, "childId");
        events = events.stream().sorted(CHRONOLOGICAL).toList();
    }
}
