package uk.opencsc.care;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Loads many periods of care at once, with their episodes, reviews, visits and health checks (the synthetic local
 * authority, a migration), with PostgreSQL's COPY. One transaction: every period is checked by the same rules as the
 * forms first ({@link CareRules}, {@link NewEpisodeRule}), and one bad period loads nothing. Audited as one change;
 * the children's chronologies get the entries the pages would have made ({@link CareChronology}'s).
 */
@Service
public class CareBulkLoad {

    private final DataSource dataSource;
    private final CareRepository repository;
    private final PersonLookup persons;
    private final ChronologyBulkLoad chronologyLoad;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CareBulkLoad(DataSource dataSource, CareRepository repository, PersonLookup persons, ChronologyBulkLoad chronologyLoad,
                 ApplicationEventPublisher events, Optional<Clock> clock) {
        this.dataSource = dataSource;
        this.repository = repository;
        this.persons = persons;
        this.chronologyLoad = chronologyLoad;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** What a load wrote. */
    public record Summary(int periods, int openPeriods, int episodes, int reviews, int visits, int healthChecks) {
    }

    /**
     * @throws InvalidValueException naming the period (by position) and the field when it breaks a rule; nothing is loaded
     * @throws IllegalStateException when the database refuses a row, with PostgreSQL's message; nothing is loaded
     */
    @Transactional
    public Summary load(List<HistoricPeriodOfCare> periods) {
        LocalDate today = LocalDate.now(clock);
        String actor = actor();
        CopyRows periodRows = new CopyRows("period_of_care (id, person_id, start_date, end_date, reason_ceased, short_breaks, uasc, "
                + "uasc_ceased_on, created_by, updated_by)");
        CopyRows episodeRows = new CopyRows("care_episode (id, period_id, person_id, start_date, reason_new_episode, legal_status, "
                + "category_of_need, placement_type, placement_provider, urn, home_postcode, placement_postcode, "
                + "intended_until_eighteen, end_date, reason_ended, reason_placement_changed, created_by)");
        CopyRows reviewRows = new CopyRows("looked_after_review (id, person_id, period_id, review_date, iro, participation, created_by)");
        CopyRows visitRows = new CopyRows("looked_after_visit (id, person_id, period_id, visited_on, seen, seen_alone, childs_views, "
                + "worker, created_by)");
        CopyRows checkRows = new CopyRows("looked_after_health_check (id, person_id, period_id, kind, check_date, created_by)");
        List<SignificantEvent> chronology = new ArrayList<>();
        Map<UUID, List<PeriodOfCare>> known = new HashMap<>(repository.periodsOf(periods.stream().map(HistoricPeriodOfCare::personId).distinct().toList()));
        Map<UUID, LocalDate> births = new HashMap<>();
        persons.findAll(periods.stream().map(HistoricPeriodOfCare::personId).distinct().toList())
                .forEach((id, p) -> births.put(id, p.dateOfBirth()));
        int open = 0;
        int episodeCount = 0;
        for (int i = 0; i < periods.size(); i++) {
            HistoricPeriodOfCare h = periods.get(i);
            UUID person = h.personId();
            LocalDate born = births.get(person);
            HistoricPeriodOfCare.Change first = h.episodes().getFirst();
            List<PeriodOfCare> before = known.computeIfAbsent(person, p -> new ArrayList<>());
            refuseIfAny(i, h, CareRules.start(first.startDate(), born, before, first.legalStatus(), first.categoryOfNeed(),
                    first.placement(), h.uasc(), h.uascCeasedOn(), today));
            UUID periodId = UUID.randomUUID();
            boolean shortBreaks = first.legalStatus().shortBreaks();
            List<Episode> episodes = new ArrayList<>();
            episodes.add(new Episode(UUID.randomUUID(), periodId, person, first.startDate(), ReasonForNewEpisode.S, first.legalStatus(),
                    first.categoryOfNeed(), first.placement(), first.homePostcode(), null, null, null));
            chronology.add(CareChronology.entry(new BecameLookedAfter(periodId, person, first.startDate(), first.legalStatus(),
                    first.placement().type(), shortBreaks)));
            for (HistoricPeriodOfCare.Change c : h.episodes().subList(1, h.episodes().size())) {
                PeriodOfCare sofar = new PeriodOfCare(periodId, person, first.startDate(), null, null, shortBreaks, h.uasc(),
                        h.uascCeasedOn(), 0, null, actor, episodes);
                refuseIfAny(i, h, CareRules.change(sofar, c.startDate(), born, c.legalStatus(), c.categoryOfNeed(), c.placement(),
                        c.carerChanged(), c.reasonPlacementChanged(), today));
                ReasonForNewEpisode reason = NewEpisodeRule.apply(episodes.getLast(), c.legalStatus(), c.placement(), c.carerChanged())
                        .orElseThrow();
                episodes.set(episodes.size() - 1, episodes.getLast().endedOn(c.startDate(), ReasonEpisodeCeased.X1, c.reasonPlacementChanged()));
                Episode next = new Episode(UUID.randomUUID(), periodId, person, c.startDate(), reason, c.legalStatus(), c.categoryOfNeed(),
                        c.placement(), c.homePostcode(), null, null, null);
                episodes.add(next);
                chronology.add(CareChronology.entry(new EpisodeStarted(next.id(), periodId, person, c.startDate(), reason,
                        c.legalStatus(), c.placement().type())));
            }
            PeriodOfCare period = new PeriodOfCare(periodId, person, first.startDate(), null, null, shortBreaks, h.uasc(),
                    h.uasc() ? h.uascCeasedOn() : null, 0, null, actor, episodes);
            if (h.endDate() != null) {
                refuseIfAny(i, h, CareRules.end(period, h.endDate(), h.reasonCeased(), today));
                episodes.set(episodes.size() - 1, episodes.getLast().endedOn(h.endDate(), h.reasonCeased(), null));
                period = new PeriodOfCare(periodId, person, first.startDate(), h.endDate(), h.reasonCeased(), shortBreaks, h.uasc(),
                        period.uascCeasedOn(), 0, null, actor, episodes);
                chronology.add(CareChronology.entry(new CeasedLookedAfter(periodId, person, h.endDate(), h.reasonCeased(), shortBreaks)));
            } else {
                open++;
            }
            List<PeriodOfCare> withThis = new ArrayList<>(before);
            withThis.add(period);
            known.put(person, withThis);
            periodRows.add(periodId, person, period.startDate(), period.endDate(),
                    period.reasonCeased() == null ? null : period.reasonCeased().code(), shortBreaks, h.uasc(), period.uascCeasedOn(),
                    actor, actor);
            for (Episode e : episodes) {
                Placement p = e.placement();
                episodeRows.add(e.id(), periodId, person, e.startDate(), e.reasonForNewEpisode().code(), e.legalStatus().code(),
                        e.categoryOfNeed().code(), p.type().code(), p.provider().code(), p.urn(),
                        e.homePostcode() == null ? null : e.homePostcode().value(), p.postcode() == null ? null : p.postcode().value(),
                        p.intendedUntilEighteen(), e.endDate(), e.reasonEnded() == null ? null : e.reasonEnded().code(),
                        e.reasonPlacementChanged() == null ? null : e.reasonPlacementChanged().code(), actor);
                episodeCount++;
            }
            List<PeriodOfCare> only = List.of(period);
            for (LocalDate d : h.reviews()) {
                refuseIfAny(i, h, CareRules.withinCare(only, d, "reviewDate", today));
                UUID id = UUID.randomUUID();
                ReviewParticipation pn = born != null && d.isBefore(born.plusYears(4)) ? ReviewParticipation.PN0 : ReviewParticipation.PN1;
                reviewRows.add(id, person, periodId, d, h.iro(), pn.code(), actor);
                chronology.add(CareChronology.entry(new LookedAfterReviewHeld(id, person, d, pn)));
            }
            for (HistoricPeriodOfCare.Visit v : h.visits()) {
                refuseIfAny(i, h, CareRules.withinCare(only, v.date(), "visitDate", today));
                refuseIfAny(i, h, CareRules.visit(v.seen(), v.seenAlone(), v.worker()));
                UUID id = UUID.randomUUID();
                visitRows.add(id, person, periodId, v.date(), v.seen(), v.seenAlone(), v.childsViews(), v.worker(), actor);
                chronology.add(CareChronology.entry(new LookedAfterVisitRecorded(id, person, v.date(), v.seen(), v.seenAlone())));
            }
            for (LocalDate d : h.healthAssessments()) {
                refuseIfAny(i, h, CareRules.withinCare(only, d, "checkDate", today));
                checkRows.add(UUID.randomUUID(), person, periodId, HealthCheckKind.HEALTH_ASSESSMENT.code(), d, actor);
            }
            for (LocalDate d : h.dentalChecks()) {
                refuseIfAny(i, h, CareRules.withinCare(only, d, "checkDate", today));
                checkRows.add(UUID.randomUUID(), person, periodId, HealthCheckKind.DENTAL_CHECK.code(), d, actor);
            }
        }
        CopyRows.copyAll(dataSource, "the care load", periodRows, episodeRows, reviewRows, visitRows, checkRows);
        chronologyLoad.load(chronology);
        events.publishEvent(new RecordChanged("care-bulk-load", UUID.randomUUID().toString(), null, List.of(
                new FieldChange("periodsOfCare", null, String.valueOf(periods.size())),
                new FieldChange("episodes", null, String.valueOf(episodeCount)),
                new FieldChange("reviews", null, String.valueOf(reviewRows.count())),
                new FieldChange("visits", null, String.valueOf(visitRows.count())))));
        return new Summary(periods.size(), open, episodeCount, reviewRows.count(), visitRows.count(), checkRows.count());
    }

    private static void refuseIfAny(int index, HistoricPeriodOfCare h, List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            FieldProblem first = problems.getFirst();
            throw new InvalidValueException(first.field(), "Period of care " + (index + 1) + " (person " + h.personId() + "): "
                    + first.message());
        }
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken ? "system" : auth.getName();
    }
}
