package uk.opencsc.care;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.audit.RecordChanged;
import uk.opencsc.audit.RecordChanged.FieldChange;
import uk.opencsc.care.CarePlanningEvents.EscalationRaised;
import uk.opencsc.care.CarePlanningEvents.EscalationResolved;
import uk.opencsc.care.CarePlanningEvents.PermanencePlanAgreed;
import uk.opencsc.care.CarePlanningEvents.PermanencePlanEnded;
import uk.opencsc.chronology.ChronologyBulkLoad;
import uk.opencsc.chronology.SignificantEvent;
import uk.opencsc.platform.database.CopyRows;
import uk.opencsc.platform.validation.FieldProblem;
import uk.opencsc.platform.validation.InvalidValueException;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Loads many looked after children's care planning at once (the synthetic local authority, a migration) with
 * PostgreSQL's COPY, in one transaction: each plan, contact, escalation and arrangement is checked by
 * {@link CarePlanningRules} against the child's periods of care first, and one bad child loads nothing. Audited as
 * one change; the chronologies get the lines the pages would have made ({@link CarePlanningChronology}'s).
 */
@Service
public class CarePlanningBulkLoad {

    private final DataSource dataSource;
    private final CareRepository care;
    private final ChronologyBulkLoad chronologyLoad;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CarePlanningBulkLoad(DataSource dataSource, CareRepository care, ChronologyBulkLoad chronologyLoad, ApplicationEventPublisher events,
                         Optional<Clock> clock) {
        this.dataSource = dataSource;
        this.care = care;
        this.chronologyLoad = chronologyLoad;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** What a load wrote. */
    public record Summary(int plans, int iroContacts, int escalations, int familyTime, int sessions) {
    }

    /** @throws InvalidValueException naming the child and the field when a rule refuses; nothing is loaded */
    @Transactional
    public Summary load(List<HistoricCarePlanning> children) {
        LocalDate today = LocalDate.now(clock);
        String actor = "system";
        CopyRows planRows = new CopyRows("permanence_plan (id, person_id, period_id, kind, is_primary, agreed_on, ended_on, end_reason, created_by)");
        CopyRows contactRows = new CopyRows("iro_contact (id, person_id, period_id, contact_date, method, seen_alone, childs_views, iro, created_by)");
        CopyRows escalationRows = new CopyRows("iro_escalation (id, person_id, period_id, raised_on, concerns, issue, stage, outcome, "
                + "resolved_on, iro, created_by, updated_by)");
        CopyRows familyRows = new CopyRows("family_time (id, person_id, period_id, with_whom, relationship, frequency, supervised, "
                + "supervised_by, start_date, end_date, created_by)");
        CopyRows sessionRows = new CopyRows("family_time_session (id, family_time_id, person_id, session_date, outcome, note, created_by)");
        List<SignificantEvent> chronology = new ArrayList<>();
        Map<UUID, List<PeriodOfCare>> periodsOf = care.periodsOf(children.stream().map(HistoricCarePlanning::personId).distinct().toList());
        for (HistoricCarePlanning child : children) {
            UUID person = child.personId();
            List<PeriodOfCare> periods = periodsOf.getOrDefault(person, List.of());
            List<PermanencePlan> loaded = new ArrayList<>();
            for (HistoricCarePlanning.Plan p : child.plans()) {
                // the plans in force the day this one was agreed, as the form would have seen them
                List<PermanencePlan> then = loaded.stream().filter(l -> l.endedOn() == null || !l.endedOn().isBefore(p.agreedOn()))
                        .map(l -> l.endedOn(null, null)).toList();
                refuseIfAny(person, CarePlanningRules.newPermanencePlan(periods, then, p.kind(), p.primary(), true, p.agreedOn(), today));
                UUID period = periodOn(periods, p.agreedOn());
                PermanencePlan plan = new PermanencePlan(UUID.randomUUID(), person, period, p.kind(), p.primary(), p.agreedOn(),
                        p.endedOn(), p.endReason());
                PermanencePlanKind replaced = then.stream().filter(l -> p.primary() && l.primary()).map(PermanencePlan::kind).findFirst().orElse(null);
                loaded.add(plan);
                planRows.add(plan.id(), person, period, p.kind().code(), p.primary(), p.agreedOn(), p.endedOn(),
                        p.endReason() == null ? null : p.endReason().code(), actor);
                chronology.add(CarePlanningChronology.entry(new PermanencePlanAgreed(plan.id(), person, p.agreedOn(), p.kind(), p.primary(), replaced)));
                if (p.endedOn() != null && p.endReason() != PlanEndReason.REPLACED) {
                    chronology.add(CarePlanningChronology.entry(new PermanencePlanEnded(plan.id(), person, p.endedOn(), p.kind(), p.primary(),
                            p.endReason())));
                }
            }
            for (HistoricCarePlanning.Contact c : child.iroContacts()) {
                refuseIfAny(person, CarePlanningRules.iroContact(periods, c.date(), c.method(), c.seenAlone(), today));
                contactRows.add(UUID.randomUUID(), person, periodOn(periods, c.date()), c.date(), c.method().code(), c.seenAlone(),
                        c.childsViews(), c.iro(), actor);
            }
            for (HistoricCarePlanning.Escalation e : child.escalations()) {
                refuseIfAny(person, CarePlanningRules.escalation(periods, e.raisedOn(), e.concerns(), e.issue(), e.stage(), null,
                        e.resolvedOn(), e.outcome(), today));
                UUID id = UUID.randomUUID();
                escalationRows.add(id, person, periodOn(periods, e.raisedOn()), e.raisedOn(),
                        "{" + e.concerns().stream().map(EscalationConcern::code).sorted().collect(Collectors.joining(",")) + "}",
                        e.issue(), e.stage().code(), e.outcome(), e.resolvedOn(), e.iro(), actor, actor);
                chronology.add(CarePlanningChronology.entry(new EscalationRaised(id, person, e.raisedOn(), e.stage())));
                if (e.resolvedOn() != null) {
                    chronology.add(CarePlanningChronology.entry(new EscalationResolved(id, person, e.resolvedOn(), e.stage())));
                }
            }
            for (HistoricCarePlanning.Arrangement a : child.familyTime()) {
                refuseIfAny(person, CarePlanningRules.familyTime(periods, a.withWhom(), a.supervised(), a.supervisedBy(), a.startDate(), a.endDate()));
                UUID id = UUID.randomUUID();
                UUID period = periods.stream().filter(p -> !p.shortBreaks() && p.covers(a.startDate())).findFirst().orElseThrow().id();
                familyRows.add(id, person, period, a.withWhom(), a.relationship().code(), a.frequency().code(), a.supervised(),
                        a.supervisedBy(), a.startDate(), a.endDate(), actor);
                FamilyTime arrangement = new FamilyTime(id, period, a.withWhom(), a.relationship(), a.frequency(), a.supervised(),
                        a.supervisedBy(), a.startDate(), a.endDate(), List.of());
                for (FamilyTime.Session s : a.sessions()) {
                    refuseIfAny(person, CarePlanningRules.session(arrangement, s.date(), today));
                    sessionRows.add(UUID.randomUUID(), id, person, s.date(), s.outcome().code(), s.note(), actor);
                }
            }
        }
        CopyRows.copyAll(dataSource, "the care planning load", planRows, contactRows, escalationRows, familyRows, sessionRows);
        chronologyLoad.load(chronology);
        events.publishEvent(new RecordChanged("care-planning-bulk-load", UUID.randomUUID().toString(), null, List.of(
                new FieldChange("permanencePlans", null, String.valueOf(planRows.count())),
                new FieldChange("iroContacts", null, String.valueOf(contactRows.count())),
                new FieldChange("escalations", null, String.valueOf(escalationRows.count())),
                new FieldChange("familyTime", null, String.valueOf(familyRows.count())))));
        return new Summary(planRows.count(), contactRows.count(), escalationRows.count(), familyRows.count(), sessionRows.count());
    }

    private static UUID periodOn(List<PeriodOfCare> periods, LocalDate date) {
        return periods.stream().filter(p -> p.covers(date)).findFirst().orElseThrow().id();
    }

    private static void refuseIfAny(UUID person, List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            FieldProblem first = problems.getFirst();
            throw new InvalidValueException(first.field(), "Care planning of person " + person + ": " + first.message());
        }
    }
}
