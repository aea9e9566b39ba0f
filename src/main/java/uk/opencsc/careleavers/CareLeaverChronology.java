package uk.opencsc.careleavers;

import uk.opencsc.chronology.ChronologyKind;
import uk.opencsc.chronology.SignificantEvent;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The care leaver's entries in their chronology, with ids derived from what they record so a retry never adds a
 * second line, and a correction (a plan's agreed date typed again) revises its line. Routine contacts and a change
 * of activity are not chronology lines: the care leaver page lists them. Entries are of kind PLAN until the
 * chronology has a leaving care kind (adding one changes its table's CHECK, which the care module may also touch).
 */
final class CareLeaverChronology {

    private static final String MODULE = "careleavers";

    private CareLeaverChronology() {
    }

    static SignificantEvent category(UUID personId, EligibilityCategory category, LocalDate from) {
        return entry("category:" + category.code() + ":" + from, 0, personId, from,
                "Leaving care: " + category.shortName().toLowerCase() + " from " + from);
    }

    static SignificantEvent planAgreed(UUID personId, LocalDate agreedOn, int revision) {
        return entry("pathway-plan-agreed", revision, personId, agreedOn, "Pathway plan agreed");
    }

    static SignificantEvent review(PathwayPlanReview review) {
        return entry("review:" + review.id(), 0, review.personId(), review.date(), "Pathway plan reviewed, with " + review.attended());
    }

    static SignificantEvent accommodation(CareLeaverAccommodation a) {
        return entry("accommodation:" + a.id(), 0, a.personId(), a.from(), "Care leaver's accommodation: " + a.type().label()
                + (a.suitable() ? " (suitable)" : " (not suitable)"));
    }

    static SignificantEvent stayingPut(UUID personId, LocalDate from, int revision) {
        return entry("staying-put", revision, personId, from, "Staying put with former foster carers began");
    }

    static SignificantEvent supportEnded(UUID personId, LocalDate on, int revision) {
        return entry("support-ended", revision, personId, on, "Leaving care support ended");
    }

    private static SignificantEvent entry(String what, int revision, UUID personId, LocalDate day, String summary) {
        UUID id = UUID.nameUUIDFromBytes((MODULE + ":" + personId + ":" + what).getBytes(StandardCharsets.UTF_8));
        return SignificantEvent.forRecord(id, revision, personId, instant(day), ChronologyKind.PLAN, summary,
                "/children/" + personId + "/care-leaver", MODULE);
    }

    private static Instant instant(LocalDate day) {
        return SignificantEvent.startOf(day);
    }
}
