package uk.opencsc.timescales;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static uk.opencsc.timescales.EventType.*;

/** Builds children's journeys for tests in the words of the domain. */
public final class Journeys {

    private final LocalDate dateOfBirth;
    private final List<ChildEvent> events = new ArrayList<>();

    private Journeys(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    static Journeys aChildBornOn(LocalDate dateOfBirth) {
        return new Journeys(dateOfBirth);
    }

    static Journeys aChild() {
        return new Journeys(LocalDate.of(2015, 6, 1));
    }

    Journeys on(String date, EventType type) {
        events.add(ChildEvent.on(type, LocalDate.parse(date)));
        return this;
    }

    Journeys at(String moment, EventType type) {
        events.add(ChildEvent.at(type, LocalDateTime.parse(moment)));
        return this;
    }

    Journeys reasonForDelay(String date, RuleId rule) {
        events.add(ChildEvent.reasonForDelay(rule, LocalDate.parse(date)));
        return this;
    }

    ChildJourney journey() {
        return new ChildJourney(UUID.randomUUID(), dateOfBirth, events);
    }

    /**
     * A child through every stage, from a contact on {@code firstContact} to leaving care about four years
     * later: 80 events that start, meet and end every rule in the catalogue (68 obligations, some late). The benchmark
     * uses it too.
     */
    public static ChildJourney aFullJourney(UUID childId, LocalDate firstContact) {
        var j = new Journeys(firstContact.minusYears(12).withDayOfMonth(1));
        LocalDate d = firstContact;
        j.add(d, CONTACT_RECEIVED).add(d.plusDays(1), CONTACT_DECISION).add(d.plusDays(1), REFERRAL_RECEIVED)
                .add(d.plusDays(40), ASSESSMENT_COMPLETED).add(d.plusDays(10), STRATEGY_DISCUSSION)
                .add(d.plusDays(28), INITIAL_CHILD_PROTECTION_CONFERENCE).add(d.plusDays(28), CHILD_PROTECTION_PLAN_STARTED)
                .add(d.plusDays(38), CORE_GROUP_MEETING);
        for (int week = 2; week <= 26; week += 2) {
            j.add(d.plusDays(28 + week * 7L), CHILD_PROTECTION_VISIT);
        }
        j.add(d.plusDays(110), CHILD_PROTECTION_REVIEW_CONFERENCE).add(d.plusDays(210), CHILD_PROTECTION_PLAN_ENDED)
                .add(d.plusDays(211), CHILD_IN_NEED_PLAN_STARTED);
        for (int week = 4; week <= 24; week += 4) {
            j.add(d.plusDays(211 + week * 7L), CHILD_IN_NEED_VISIT);
        }
        LocalDate lac = d.plusDays(400);
        j.add(d.plusDays(380), CARE_PROCEEDINGS_ISSUED).add(d.plusDays(380 + 170), CARE_PROCEEDINGS_CONCLUDED)
                .add(d.plusDays(390), CHILD_IN_NEED_PLAN_ENDED)
                .add(lac, BECAME_LOOKED_AFTER).add(lac, PLACEMENT_STARTED).add(lac.plusDays(5), LOOKED_AFTER_VISIT)
                .add(lac.plusDays(25), LOOKED_AFTER_REVIEW).add(lac.plusDays(20), HEALTH_ASSESSMENT)
                .add(lac.plusDays(300), DENTAL_CHECK).add(lac.plusDays(200), PLACEMENT_INTENDED_TO_LAST_UNTIL_EIGHTEEN)
                .reason(lac.plusDays(27), RuleId.of("looked-after-review"))
                .add(lac.plusDays(110), PERMANENCE_PLAN_AGREED);
        j.events.add(ChildEvent.on(IRO_ESCALATION_RAISED, lac.plusDays(200)).from("escalation-1"));
        j.events.add(ChildEvent.on(IRO_ESCALATION_RESOLVED, lac.plusDays(215)).from("escalation-1"));
        for (int visit = 1; visit <= 16; visit++) {
            j.add(lac.plusDays(5 + visit * 40L), LOOKED_AFTER_VISIT);
        }
        for (int review = 1; review <= 5; review++) {
            j.add(lac.plusDays(25 + review * 170L), LOOKED_AFTER_REVIEW);
            j.add(lac.plusDays(20 + review * 300L), HEALTH_ASSESSMENT);
        }
        for (int missing = 0; missing < 4; missing++) {
            LocalDateTime back = lac.plusDays(60 + missing * 90L).atTime(21, 15);
            j.events.add(ChildEvent.at(RETURNED_FROM_MISSING, back));
            j.events.add(ChildEvent.at(RETURN_HOME_INTERVIEW_OFFERED, back.plusHours(missing == 3 ? 80 : 40)));
        }
        LocalDate leaving = lac.plusDays(1100);
        j.add(leaving, CEASED_LOOKED_AFTER).add(leaving.minusDays(60), PATHWAY_PLAN_AGREED);
        for (int review = 1; review <= 3; review++) {
            j.add(leaving.minusDays(60).plusDays(review * 175L), PATHWAY_PLAN_REVIEW);
        }
        return new ChildJourney(childId, j.dateOfBirth, j.events);
    }

    private Journeys add(LocalDate date, EventType type) {
        events.add(ChildEvent.on(type, date));
        return this;
    }

    private Journeys reason(LocalDate date, RuleId rule) {
        events.add(ChildEvent.reasonForDelay(rule, date));
        return this;
    }
}
