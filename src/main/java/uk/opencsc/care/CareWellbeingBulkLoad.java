package uk.opencsc.care;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.audit.RecordChanged;
import uk.opencsc.audit.RecordChanged.FieldChange;
import uk.opencsc.chronology.ChronologyBulkLoad;
import uk.opencsc.chronology.SignificantEvent;
import uk.opencsc.people.PersonLookup;
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

/**
 * Loads many looked after children's health, wellbeing and education records at once (the synthetic local
 * authority, a migration) with PostgreSQL's COPY, after the children's periods of care are loaded. One transaction:
 * every fact is checked by the same rules as the forms ({@link CareWellbeingRules}) and one bad fact loads nothing.
 * Audited as one change; PEP meetings and convictions get the chronology lines the pages would have made.
 */
@Service
public class CareWellbeingBulkLoad {

    private final DataSource dataSource;
    private final CareRepository care;
    private final PersonLookup persons;
    private final ChronologyBulkLoad chronologyLoad;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CareWellbeingBulkLoad(DataSource dataSource, CareRepository care, PersonLookup persons, ChronologyBulkLoad chronologyLoad,
                          ApplicationEventPublisher events, Optional<Clock> clock) {
        this.dataSource = dataSource;
        this.care = care;
        this.persons = persons;
        this.chronologyLoad = chronologyLoad;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** What a load wrote. */
    public record Summary(int children, int immunisationChecks, int sdqs, int substanceMisuse, int convictions, int schools,
                          int pepMeetings) {
    }

    /**
     * @throws InvalidValueException naming the child (by position) and the field when a fact breaks a rule; nothing is loaded
     * @throws IllegalStateException when the database refuses a row; nothing is loaded
     */
    @Transactional
    public Summary load(List<HistoricWellbeing> children) {
        LocalDate today = LocalDate.now(clock);
        String actor = CareRecords.actor();
        List<UUID> ids = children.stream().map(HistoricWellbeing::personId).distinct().toList();
        Map<UUID, List<PeriodOfCare>> periods = care.periodsOf(ids);
        Map<UUID, PersonLookup.PersonSummary> known = persons.findAll(ids);
        CopyRows immunisations = new CopyRows("looked_after_immunisation_check (id, person_id, period_id, checked_on, up_to_date, created_by)");
        CopyRows sdqs = new CopyRows("looked_after_sdq (id, person_id, period_id, sdq_date, score, reason_not_done, created_by)");
        CopyRows misuse = new CopyRows("looked_after_substance_misuse (id, person_id, period_id, identified_on, intervention_received, "
                + "intervention_offered, created_by)");
        CopyRows convictions = new CopyRows("looked_after_conviction (id, person_id, period_id, decided_on, offence, outcome, created_by)");
        CopyRows schools = new CopyRows("looked_after_education (person_id, school_name, school_urn, year_group, sen_status, "
                + "virtual_school_contact, version, updated_by)");
        CopyRows peps = new CopyRows("personal_education_plan_meeting (id, person_id, period_id, meeting_date, review, targets, created_by)");
        List<SignificantEvent> chronology = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            HistoricWellbeing h = children.get(i);
            UUID person = h.personId();
            List<PeriodOfCare> theirs = periods.getOrDefault(person, List.of());
            LocalDate born = known.containsKey(person) ? known.get(person).dateOfBirth() : null;
            for (HistoricWellbeing.Immunisation c : h.immunisations()) {
                immunisations.add(UUID.randomUUID(), person, period(i, h, theirs, c.checkedOn(), "checkedOn", today), c.checkedOn(),
                        c.upToDate(), actor);
            }
            for (HistoricWellbeing.Sdq s : h.sdqs()) {
                refuseIfAny(i, h, CareWellbeingRules.sdq(s.date(), born, s.score(), s.reasonNotDone()));
                sdqs.add(UUID.randomUUID(), person, period(i, h, theirs, s.date(), "sdqDate", today), s.date(), s.score(),
                        s.reasonNotDone() == null ? null : s.reasonNotDone().code(), actor);
            }
            for (HistoricWellbeing.Misuse m : h.substanceMisuse()) {
                refuseIfAny(i, h, CareWellbeingRules.substanceMisuse(m.interventionReceived(), m.interventionOffered()));
                misuse.add(UUID.randomUUID(), person, period(i, h, theirs, m.identifiedOn(), "identifiedOn", today), m.identifiedOn(),
                        m.interventionReceived(), m.interventionOffered(), actor);
            }
            for (HistoricWellbeing.Offence o : h.convictions()) {
                refuseIfAny(i, h, CareWellbeingRules.conviction(o.decidedOn(), born, o.offence(), o.outcome()));
                UUID id = UUID.randomUUID();
                convictions.add(id, person, period(i, h, theirs, o.decidedOn(), "decidedOn", today), o.decidedOn(), o.offence(),
                        o.outcome().code(), actor);
                chronology.add(CareWellbeingChronology.entry(new ConvictionRecorded(id, person, o.decidedOn(), o.outcome())));
            }
            if (h.school() != null) {
                HistoricWellbeing.School s = h.school();
                refuseIfAny(i, h, CareWellbeingRules.education(s.name(), s.urn()));
                schools.add(person, s.name(), s.urn(), s.yearGroup() == null ? null : s.yearGroup().code(), s.senStatus().code(),
                        s.virtualSchoolContact(), 1, actor);
            }
            for (HistoricWellbeing.Pep p : h.pepMeetings()) {
                UUID id = UUID.randomUUID();
                peps.add(id, person, period(i, h, theirs, p.date(), "meetingDate", today), p.date(), p.review(), p.targets(), actor);
                chronology.add(CareWellbeingChronology.entry(new PepMeetingHeld(id, person, p.date(), p.review())));
            }
        }
        CopyRows.copyAll(dataSource, "the health, wellbeing and education load", immunisations, sdqs, misuse, convictions, schools, peps);
        chronologyLoad.load(chronology);
        events.publishEvent(new RecordChanged("care-wellbeing-bulk-load", UUID.randomUUID().toString(), null, List.of(
                new FieldChange("children", null, String.valueOf(children.size())),
                new FieldChange("sdqs", null, String.valueOf(sdqs.count())),
                new FieldChange("convictions", null, String.valueOf(convictions.count())),
                new FieldChange("pepMeetings", null, String.valueOf(peps.count())))));
        return new Summary(children.size(), immunisations.count(), sdqs.count(), misuse.count(), convictions.count(), schools.count(),
                peps.count());
    }

    private static UUID period(int index, HistoricWellbeing h, List<PeriodOfCare> periods, LocalDate date, String field, LocalDate today) {
        refuseIfAny(index, h, CareWellbeingRules.withinCareNotShortBreaks(periods, date, field, today));
        return periods.stream().filter(p -> !p.shortBreaks() && p.covers(date)).findFirst().orElseThrow().id();
    }

    private static void refuseIfAny(int index, HistoricWellbeing h, List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            FieldProblem first = problems.getFirst();
            throw new InvalidValueException(first.field(), "Child " + (index + 1) + " (person " + h.personId() + "): " + first.message());
        }
    }
}
