package uk.opencsc.assessment;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.audit.RecordChanged;
import uk.opencsc.audit.RecordChanged.FieldChange;
import uk.opencsc.chronology.ChronologyBulkLoad;
import uk.opencsc.chronology.SignificantEvent;
import uk.opencsc.frontdoor.CinEpisodes;
import uk.opencsc.frontdoor.Referral;
import uk.opencsc.platform.database.CopyRows;
import uk.opencsc.platform.validation.FieldProblem;
import uk.opencsc.platform.validation.InvalidValueException;
import uk.opencsc.platform.validation.RefusedException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Loads many child and family assessments at once (the synthetic local authority, a migration) with PostgreSQL's
 * COPY. One transaction: every assessment goes through the same rules as the forms first ({@link AssessmentRules},
 * {@link ChildAndFamilyAssessment}'s submit and authorise, the reason for delay after 45 working days), and one bad
 * assessment loads nothing. The load is audited as one change; no domain event is published per row (a load is
 * history, not news). The children's chronologies get the entries the pages would have made
 * ({@link AssessmentChronology}'s, from the same events) through {@link ChronologyBulkLoad}.
 */
@Service
public class AssessmentBulkLoad {

    private final DataSource dataSource;
    private final CinEpisodes cinEpisodes;
    private final AssessmentClocks clocks;
    private final ChronologyBulkLoad chronologyLoad;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssessmentBulkLoad(DataSource dataSource, CinEpisodes cinEpisodes, AssessmentClocks clocks, ChronologyBulkLoad chronologyLoad,
                       ApplicationEventPublisher events, Optional<Clock> clock) {
        this.dataSource = dataSource;
        this.cinEpisodes = cinEpisodes;
        this.clocks = clocks;
        this.chronologyLoad = chronologyLoad;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** What a load wrote: assessments in all, still being written, awaiting authorisation, authorised, authorised late. */
    public record Summary(int assessments, int inProgress, int submitted, int authorised, int authorisedLate) {
    }

    /**
     * @throws InvalidValueException naming the assessment (by position) and the field when it breaks a rule or the
     *                               child has no CIN episode open on its start; nothing is loaded
     * @throws IllegalStateException when the database refuses a row, with PostgreSQL's message; nothing is loaded
     */
    @Transactional
    public Summary load(List<HistoricAssessment> assessments) {
        LocalDate today = LocalDate.now(clock);
        String actor = AssessmentRecords.actor();
        CopyRows rows = new CopyRows("child_and_family_assessment (id, person_id, referral_id, referral_date, start_date, author, "
                + "worker, childs_words, factors, analysis, outcome, state, submitted_on, authorised_by, rationale, authorisation_date, "
                + "delay_reason, internal_review_date, created_by, updated_by)");
        CopyRows seen = new CopyRows("assessment_child_seen (assessment_id, seen_on, seen_alone)");
        // the entries the pages would have made, from the same events (AssessmentChronology's)
        List<SignificantEvent> chronology = new ArrayList<>();
        int inProgress = 0;
        int submitted = 0;
        int authorised = 0;
        int late = 0;
        for (int i = 0; i < assessments.size(); i++) {
            HistoricAssessment h = assessments.get(i);
            Optional<Referral> episode = cinEpisodes.openOn(h.personId(), h.startDate());
            refuseIfAny(i, h, AssessmentRules.start(h.startDate(), episode.map(Referral::referralDate).orElse(null), today));
            ChildAndFamilyAssessment a = checked(i, h, () -> {
                ChildAndFamilyAssessment written = ChildAndFamilyAssessment.draft(h.personId(), episode.get().id(),
                                episode.get().referralDate(), h.startDate(), h.author())
                        .edit(h.workerName(), h.childSeen(), h.childsWords(), h.factors(), h.analysis(), h.outcome(),
                                h.internalReviewDate(), today);
                if (h.submittedOn() != null) {
                    written = written.submit(h.submittedOn());
                }
                if (h.authorisedBy() != null) {
                    written = written.authorise(h.authorisedBy(), h.rationale(), h.authorisationDate())
                            .withDelayReason(clocks.dueDate(written.referralDate()), h.delayReason());
                }
                return written;
            });
            chronology.add(AssessmentChronology.entry(new AssessmentStarted(a.id(), a.personId(), a.referralId(), a.startDate(),
                    clocks.dueDate(a.referralDate()))));
            if (a.state() == AssessmentState.AUTHORISED) {
                chronology.add(AssessmentChronology.entry(a.authorised(clocks.workingDaysAfterDue(a.referralDate(), a.authorisationDate()))));
            }
            switch (a.state()) {
                case DRAFT, RETURNED -> inProgress++;
                case SUBMITTED -> submitted++;
                case AUTHORISED -> {
                    authorised++;
                    if (a.delayReason() != null) late++;
                }
            }
            rows.add(a.id(), a.personId(), a.referralId(), a.referralDate(), a.startDate(), a.author(), a.worker(),
                    a.childsWords(), "{" + String.join(",", AssessmentRepository.codes(a)) + "}", a.analysis(),
                    a.outcome() == null ? null : a.outcome().code(), a.state().name(), a.submittedOn(), a.authorisedBy(),
                    a.rationale(), a.authorisationDate(), a.delayReason(), a.internalReviewDate(), actor, actor);
            for (ChildSeen s : a.childSeen()) {
                seen.add(a.id(), s.on(), s.alone());
            }
        }
        CopyRows.copyAll(dataSource, "the assessment load", rows, seen);
        chronologyLoad.load(chronology);
        events.publishEvent(new RecordChanged("assessment-bulk-load", UUID.randomUUID().toString(), null, List.of(
                new FieldChange("assessments", null, String.valueOf(assessments.size())),
                new FieldChange("authorised", null, String.valueOf(authorised)))));
        return new Summary(assessments.size(), inProgress, submitted, authorised, late);
    }

    private static ChildAndFamilyAssessment checked(int index, HistoricAssessment h, Supplier<ChildAndFamilyAssessment> rules) {
        try {
            return rules.get();
        } catch (RefusedException e) {
            refuseIfAny(index, h, e.problems());
            throw e;
        }
    }

    private static void refuseIfAny(int index, HistoricAssessment h, List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            FieldProblem first = problems.getFirst();
            throw new InvalidValueException(first.field(), "Assessment " + (index + 1) + " (person " + h.personId() + "): "
                    + first.message());
        }
    }
}
