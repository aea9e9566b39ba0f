package uk.opencsc.care;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.access.RecordAccess;
import uk.opencsc.audit.RecordChanged;
import uk.opencsc.audit.RecordChanged.FieldChange;
import uk.opencsc.audit.RecordViewed;
import uk.opencsc.care.Wellbeing.Conviction;
import uk.opencsc.care.Wellbeing.Education;
import uk.opencsc.care.Wellbeing.ImmunisationCheck;
import uk.opencsc.care.Wellbeing.PepMeeting;
import uk.opencsc.care.Wellbeing.Sdq;
import uk.opencsc.care.Wellbeing.SubstanceMisuse;
import uk.opencsc.people.PersonLookup;
import uk.opencsc.people.PersonLookup.PersonSummary;
import uk.opencsc.platform.validation.ChangedMeanwhileException;
import uk.opencsc.platform.validation.RefusedException;
import uk.opencsc.platform.web.NotPermittedException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A looked after child's health, wellbeing and education records for the signed-in user. Convictions and substance
 * misuse are sensitive, so they live on the child's record like the rest of care: every read is checked against the
 * record's team-scoped access and the page audited as one view, every change checked against write access and the
 * rules ({@link CareWellbeingRules}), audited field by field and published.
 */
@Service
class CareWellbeingRecords {

    private final CareWellbeingRepository repository;
    private final CareRepository care;
    private final PersonLookup persons;
    private final RecordAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CareWellbeingRecords(CareWellbeingRepository repository, CareRepository care, PersonLookup persons, RecordAccess access,
                         ApplicationEventPublisher events, Optional<Clock> clock) {
        this.repository = repository;
        this.care = care;
        this.persons = persons;
        this.access = access;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The health and education page: each list the latest first.
     *
     * @param sdqDue        the child is aged 4 to 16, looked after for 12 months and has no SDQ in the last 12 months
     * @param pepThisTerm   a PEP meeting is recorded in the current school term (null when the child is not looked after)
     */
    record WellbeingView(PersonSummary person, boolean lookedAfter, List<ImmunisationCheck> immunisations, List<Sdq> sdqs,
                         List<SubstanceMisuse> substanceMisuse, List<Conviction> convictions, Education education,
                         List<PepMeeting> pepMeetings, boolean sdqDue, SchoolTerm term, Boolean pepThisTerm, boolean mayWrite) {
    }

    @Transactional(noRollbackFor = NotPermittedException.class)
    WellbeingView view(UUID personId) {
        PersonSummary person = persons.readable(personId);
        events.publishEvent(new RecordViewed(personId, "care-health-and-education"));
        List<UUID> one = List.of(personId);
        List<PeriodOfCare> periods = care.periodsOf(personId);
        LocalDate today = today();
        boolean lookedAfter = periods.stream().anyMatch(p -> !p.shortBreaks() && p.covers(today));
        List<Sdq> sdqs = repository.sdqsOf(one).getOrDefault(personId, List.of());
        List<PepMeeting> peps = repository.pepMeetingsOf(one).getOrDefault(personId, List.of());
        SchoolTerm term = SchoolTerm.of(today);
        Boolean pepThisTerm = lookedAfter ? peps.stream().anyMatch(m -> term.covers(m.date())) : null;
        return new WellbeingView(person, lookedAfter, repository.immunisationChecksOf(one).getOrDefault(personId, List.of()), sdqs,
                repository.substanceMisuseOf(one).getOrDefault(personId, List.of()),
                repository.convictionsOf(one).getOrDefault(personId, List.of()),
                repository.educationOf(personId).orElse(Education.none()), peps,
                SdqExpectation.due(periods, person.dateOfBirth(), sdqs.stream().map(Sdq::date).toList(), today), term, pepThisTerm,
                access.mayWrite(person.facts()));
    }

    @Transactional(noRollbackFor = NotPermittedException.class)
    PersonSummary writable(UUID personId) {
        return persons.writable(personId);
    }

    /** The child's education details as saved, for the edit form; version 0 when nothing is saved yet. */
    @Transactional(noRollbackFor = NotPermittedException.class)
    Education education(UUID personId) {
        persons.writable(personId);
        return repository.educationOf(personId).orElse(Education.none());
    }

    /** @throws RefusedException naming the field */
    @Transactional(noRollbackFor = NotPermittedException.class)
    UUID recordImmunisations(UUID personId, LocalDate checkedOn, boolean upToDate) {
        persons.writable(personId);
        ImmunisationCheck c = new ImmunisationCheck(UUID.randomUUID(), periodOn(personId, checkedOn, "checkedOn"), checkedOn, upToDate);
        repository.insertImmunisationCheck(c, personId, CareRecords.actor());
        events.publishEvent(new RecordChanged("looked-after-immunisation-check", c.id().toString(), personId, List.of(
                change("checkedOn", checkedOn), change("upToDate", upToDate))));
        return c.id();
    }

    /** @throws RefusedException naming the field: outside care, outside ages 4 to 16, a score outside 0 to 40 */
    @Transactional(noRollbackFor = NotPermittedException.class)
    UUID recordSdq(UUID personId, LocalDate date, Integer score, SdqReason reason) {
        PersonSummary person = persons.writable(personId);
        RefusedException.refuseIfAny(CareWellbeingRules.sdq(date, person.dateOfBirth(), score, reason));
        Sdq s = new Sdq(UUID.randomUUID(), periodOn(personId, date, "sdqDate"), date, score, reason);
        repository.insertSdq(s, personId, CareRecords.actor());
        events.publishEvent(new RecordChanged("looked-after-sdq", s.id().toString(), personId, List.of(
                change("sdqDate", date), change("score", score), change("reasonNotDone", reason == null ? null : reason.code()))));
        return s.id();
    }

    /** @throws RefusedException naming the field */
    @Transactional(noRollbackFor = NotPermittedException.class)
    UUID recordSubstanceMisuse(UUID personId, LocalDate identifiedOn, boolean received, Boolean offered) {
        persons.writable(personId);
        RefusedException.refuseIfAny(CareWellbeingRules.substanceMisuse(received, offered));
        SubstanceMisuse s = new SubstanceMisuse(UUID.randomUUID(), periodOn(personId, identifiedOn, "identifiedOn"), identifiedOn,
                received, offered);
        repository.insertSubstanceMisuse(s, personId, CareRecords.actor());
        events.publishEvent(new RecordChanged("looked-after-substance-misuse", s.id().toString(), personId, List.of(
                change("identifiedOn", identifiedOn), change("interventionReceived", received), change("interventionOffered", offered))));
        return s.id();
    }

    /** @throws RefusedException naming the field: under 10, no offence, outside care */
    @Transactional(noRollbackFor = NotPermittedException.class)
    UUID recordConviction(UUID personId, LocalDate decidedOn, String offence, OffenceOutcome outcome) {
        PersonSummary person = persons.writable(personId);
        RefusedException.refuseIfAny(CareWellbeingRules.conviction(decidedOn, person.dateOfBirth(), offence, outcome));
        Conviction c = new Conviction(UUID.randomUUID(), periodOn(personId, decidedOn, "decidedOn"), decidedOn, offence.trim(), outcome);
        repository.insertConviction(c, personId, CareRecords.actor());
        events.publishEvent(new RecordChanged("looked-after-conviction", c.id().toString(), personId, List.of(
                change("decidedOn", decidedOn), change("offence", c.offence()), change("outcome", outcome.code()))));
        events.publishEvent(new ConvictionRecorded(c.id(), personId, decidedOn, outcome));
        return c.id();
    }

    /** @throws RefusedException naming the field */
    @Transactional(noRollbackFor = NotPermittedException.class)
    UUID recordPepMeeting(UUID personId, LocalDate date, boolean review, String targets) {
        persons.writable(personId);
        String typed = targets == null || targets.isBlank() ? null : targets.trim();
        PepMeeting m = new PepMeeting(UUID.randomUUID(), periodOn(personId, date, "meetingDate"), date, review, typed);
        repository.insertPepMeeting(m, personId, CareRecords.actor());
        events.publishEvent(new RecordChanged("personal-education-plan-meeting", m.id().toString(), personId, List.of(
                change("meetingDate", date), change("review", review), change("targets", typed))));
        events.publishEvent(new PepMeetingHeld(m.id(), personId, date, review));
        return m.id();
    }

    /**
     * Saves the child's school, year group, SEN status and virtual school contact over the version read.
     *
     * @throws RefusedException         naming the field
     * @throws ChangedMeanwhileException when someone saved them after {@code version} was read
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    void saveEducation(UUID personId, int version, Education typed) {
        persons.writable(personId);
        RefusedException.refuseIfAny(CareWellbeingRules.education(typed.schoolName(), typed.schoolUrn()));
        Education before = repository.educationOf(personId).orElse(Education.none());
        if (!repository.saveEducation(personId, version, typed, CareRecords.actor())) {
            Education now = repository.educationOf(personId).orElseThrow();
            throw new ChangedMeanwhileException(now.updatedBy(), now.updatedAt());
        }
        events.publishEvent(new RecordChanged("looked-after-education", personId.toString(), personId, List.of(
                new FieldChange("schoolName", before.schoolName(), typed.schoolName()),
                new FieldChange("schoolUrn", before.schoolUrn(), typed.schoolUrn()),
                new FieldChange("yearGroup", code(before.yearGroup()), code(typed.yearGroup())),
                new FieldChange("senStatus", before.recorded() ? before.senStatus().code() : null, typed.senStatus().code()),
                new FieldChange("virtualSchoolContact", before.virtualSchoolContact(), typed.virtualSchoolContact()))));
    }

    private UUID periodOn(UUID personId, LocalDate date, String field) {
        List<PeriodOfCare> periods = care.periodsOf(personId);
        RefusedException.refuseIfAny(CareWellbeingRules.withinCareNotShortBreaks(periods, date, field, today()));
        return periods.stream().filter(p -> !p.shortBreaks() && p.covers(date)).findFirst().orElseThrow().id();
    }

    private static String code(YearGroup y) {
        return y == null ? null : y.code();
    }

    private static FieldChange change(String field, Object now) {
        return new FieldChange(field, null, now == null ? null : Objects.toString(now));
    }
}
