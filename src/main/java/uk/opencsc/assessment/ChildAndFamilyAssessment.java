package uk.opencsc.assessment;

import uk.opencsc.platform.validation.CodeList;
import uk.opencsc.platform.validation.FieldProblem;
import uk.opencsc.platform.validation.RefusedException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A child and family assessment (CIN census Assessments) within the CIN episode opened by {@code referralId}. Its
 * state changes are guarded here: {@link #submit}, {@link #returnToWorker} and {@link #authorise} refuse, naming
 * the field, whatever the current state does not allow.
 *
 * @param referralDate  the referral that opened the episode; the 45-working-day clock runs from it
 * @param author        the username that started the assessment; it may not authorise it
 * @param childSeen     each day the child was seen for the assessment, oldest first; empty while not seen
 * @param returnReason  why the manager last returned it; null when never returned
 * @param authorisedBy  set exactly when the state is AUTHORISED, as are {@code rationale} and {@code authorisationDate}
 * @param delayReason   why it was authorised after its due date; null when on time
 * @param internalReviewDate when a manager reviewed it part-way (CIN census AssessmentInternalReviewDate); null when not
 */
public record ChildAndFamilyAssessment(UUID id, UUID personId, UUID referralId, LocalDate referralDate, LocalDate startDate,
                                       String author, String worker, List<ChildSeen> childSeen,
                                       String childsWords, Set<AssessmentFactor> factors, String analysis,
                                       AssessmentOutcome outcome, AssessmentState state, LocalDate submittedOn,
                                       String returnReason, String authorisedBy, String rationale,
                                       LocalDate authorisationDate, String delayReason, LocalDate internalReviewDate,
                                       int version, Instant updatedAt, String updatedBy) {

    public ChildAndFamilyAssessment {
        factors = CodeList.inListOrder(AssessmentFactor.class, factors);
        childSeen = childSeen.stream().sorted(Comparator.comparing(ChildSeen::on)).toList();
    }

    /** The latest day the child was seen; empty while not seen. */
    public Optional<ChildSeen> lastSeen() {
        return childSeen.isEmpty() ? Optional.empty() : Optional.of(childSeen.getLast());
    }

    /** A new draft, started on {@code startDate} by {@code author}. */
    static ChildAndFamilyAssessment draft(UUID personId, UUID referralId, LocalDate referralDate, LocalDate startDate,
                                          String author) {
        return new ChildAndFamilyAssessment(UUID.randomUUID(), personId, referralId, referralDate, startDate, author,
                author, List.of(), null, Set.of(), null, null, AssessmentState.DRAFT, null, null, null, null, null, null,
                null, 0, null, author);
    }

    /**
     * The assessment as the worker has now written it.
     *
     * @throws RefusedException naming {@code state} once it is no longer with the worker, or each field the rules refuse
     */
    public ChildAndFamilyAssessment edit(String worker, List<ChildSeen> childSeen, String childsWords,
                                         Set<AssessmentFactor> factors, String analysis, AssessmentOutcome outcome,
                                         LocalDate internalReviewDate, LocalDate today) {
        if (!state.editable()) {
            throw new RefusedException("state", "The assessment is " + state.label().toLowerCase() + " and can no longer be changed");
        }
        RefusedException.refuseIfAny(AssessmentRules.content(startDate, childSeen, factors, internalReviewDate, today));
        return new ChildAndFamilyAssessment(id, personId, referralId, referralDate, startDate, author, blankToNull(worker),
                childSeen, blankToNull(childsWords), factors, blankToNull(analysis),
                outcome, state, submittedOn, returnReason, authorisedBy, rationale, authorisationDate, delayReason,
                internalReviewDate, version, updatedAt, updatedBy);
    }

    /**
     * Submits a draft or returned assessment for authorisation: it needs the child seen, factors, an analysis and
     * an outcome.
     *
     * @throws RefusedException naming {@code state} when already submitted or authorised, or each missing field
     */
    public ChildAndFamilyAssessment submit(LocalDate date) {
        if (!state.editable()) {
            throw new RefusedException("state", "The assessment is already " + state.label().toLowerCase());
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (factors.isEmpty()) {
            problems.add(new FieldProblem("factors", "Select the factors identified at assessment, or 21 No factors identified"));
        }
        if (analysis == null) {
            problems.add(new FieldProblem("analysis", "Enter the analysis before submitting"));
        }
        if (outcome == null) {
            problems.add(new FieldProblem("outcome", "Select the outcome before submitting"));
        }
        if (date.isBefore(startDate)) {
            problems.add(new FieldProblem("state", "An assessment cannot be submitted before it started, " + startDate));
        }
        RefusedException.refuseIfAny(problems);
        return withState(AssessmentState.SUBMITTED, date, returnReason, null, null, null, null);
    }

    /**
     * A manager returns a submitted assessment to the worker.
     *
     * @throws RefusedException naming {@code state} when it is not awaiting authorisation, or {@code returnReason}
     */
    public ChildAndFamilyAssessment returnToWorker(String reason) {
        if (state != AssessmentState.SUBMITTED) {
            throw new RefusedException("state", "Only a submitted assessment can be returned; this one is " + state.label().toLowerCase());
        }
        if (reason == null || reason.isBlank()) {
            throw new RefusedException("returnReason", "Enter why the assessment is returned to the worker");
        }
        return withState(AssessmentState.RETURNED, submittedOn, reason.trim(), null, null, null, null);
    }

    /**
     * Authorises a submitted assessment: the assessment is complete on {@code date}.
     *
     * @throws RefusedException naming {@code authorisedBy} when {@code by} is its own author, {@code rationale}
     *                          when there is none, {@code state} before submission, {@code authorisationDate}
     *                          before the submission
     */
    public ChildAndFamilyAssessment authorise(String by, String rationale, LocalDate date) {
        if (state != AssessmentState.SUBMITTED) {
            throw new RefusedException("state", "Only a submitted assessment can be authorised; this one is " + state.label().toLowerCase());
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (by.equals(author)) {
            problems.add(new FieldProblem("authorisedBy", "An assessment cannot be authorised by its own author"));
        }
        if (rationale == null || rationale.isBlank()) {
            problems.add(new FieldProblem("rationale", "Enter the rationale for authorising the assessment"));
        }
        if (internalReviewDate != null && date.isBefore(internalReviewDate)) {
            problems.add(new FieldProblem("authorisationDate", "Authorisation date must be on or after the internal review, " + internalReviewDate));
        }
        if (date.isBefore(submittedOn)) {
            problems.add(new FieldProblem("authorisationDate", "Authorisation date must be on or after it was submitted, " + submittedOn));
        }
        RefusedException.refuseIfAny(problems);
        return withState(AssessmentState.AUTHORISED, submittedOn, returnReason, by, rationale.trim(), date, null);
    }

    /**
     * The reason for delay of an authorisation made after {@code dueDate}.
     *
     * @throws RefusedException naming {@code delayReason} when it is late and there is none
     */
    public ChildAndFamilyAssessment withDelayReason(LocalDate dueDate, String reason) {
        if (authorisationDate == null || !authorisationDate.isAfter(dueDate)) {
            return this;
        }
        if (reason == null || reason.isBlank()) {
            throw new RefusedException("delayReason", "Enter the reason for delay: the assessment was due by " + dueDate);
        }
        return withState(state, submittedOn, returnReason, authorisedBy, rationale, authorisationDate, reason.trim());
    }

    private ChildAndFamilyAssessment withState(AssessmentState next, LocalDate submitted, String returned, String by,
                                               String why, LocalDate authorised, String delay) {
        return new ChildAndFamilyAssessment(id, personId, referralId, referralDate, startDate, author, worker, childSeen,
                childsWords, factors, analysis, outcome, next, submitted, returned, by, why, authorised, delay,
                internalReviewDate, version, updatedAt, updatedBy);
    }

    /** The event of this assessment having been authorised; only for an authorised one. */
    public AssessmentAuthorised authorised(int workingDaysLate) {
        if (state != AssessmentState.AUTHORISED) {
            throw new IllegalStateException("The assessment is not authorised");
        }
        return new AssessmentAuthorised(id, personId, startDate, authorisationDate, outcome, factors, workingDaysLate);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
