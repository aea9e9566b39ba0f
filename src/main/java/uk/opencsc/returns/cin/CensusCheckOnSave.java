package uk.opencsc.returns.cin;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;
import uk.opencsc.audit.RecordChanged;
import uk.opencsc.platform.validation.FieldProblem;
import uk.opencsc.platform.validation.RefusedException;
import uk.opencsc.returns.cin.rules.ChildRule;
import uk.opencsc.returns.cin.rules.CinCensusRules;
import uk.opencsc.returns.cin.rules.CensusRule;
import uk.opencsc.returns.cin.rules.CensusValidator;
import uk.opencsc.returns.cin.rules.Failure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The DfE's census rules run as a worker saves a form (issue 7, item 2b): just before a change to a child's record
 * commits, the child is read as this year's census would report them if it were taken today, once with the change
 * and once as committed before it. A census error the change adds refuses the save, in words naming where on the
 * record it is; a query it adds (or an error for something recorded later in the year, {@link #COMPLETED_LATER}) is
 * saved and shown on the next page as a warning. What the child's record already
 * broke is not the saving worker's to answer for, and is on the analyst's returns page.
 * <p>
 * Only the forms a worker saves are checked ({@link #CENSUS_SUBJECTS}): bulk loads and census imports bring history
 * as it was, and are checked when their census is run.
 */
@Component
class CensusCheckOnSave {

    /** The records the census reports, as their changes are named in the audit. */
    static final Set<String> CENSUS_SUBJECTS = Set.of("person", "referral", "child-and-family-assessment",
            "child-in-need-plan", "strategy-discussion", "section47-enquiry", "initial-conference", "child-protection-plan");

    /**
     * Census errors for something a worker often cannot know yet when they save, and records later in the year:
     * refusing the save would lose the work, so they are shown as the queries are. A referral's primary need is often
     * settled by the assessment that follows it.
     */
    static final Set<String> COMPLETED_LATER = Set.of("8610");

    /**
     * The rules a worker's save most often meets, in a social worker's words; the rest keep the DfE's message, which
     * always follows with the rule's code so the performance team can look it up.
     */
    static final Map<String, String> PLAIN_WORDS = Map.ofEntries(
            Map.entry("8815", "this child already has an open referral. Close it before recording a new one, or record this as part of it"),
            Map.entry("8816", "a referral is still open while a later one exists. Close the earlier referral"),
            Map.entry("8820", "this referral's dates overlap another referral of this child"),
            Map.entry("8565", "this is dated after the referral was closed. Date it within the referral, or reopen it with a new referral"),
            Map.entry("2990", "the referral was closed after assessment with no further action, or referred to early help, so nothing can follow the assessment in it"),
            Map.entry("8831", "the referral was closed with no further action, so it cannot have an assessment, plan or enquiry"),
            Map.entry("8832", "the referral was closed with no further action, so it cannot have a child protection plan"),
            Map.entry("1103", "the assessment cannot start before the referral"),
            Map.entry("4004", "this child already has an open child in need plan. End it first"),
            Map.entry("8935", "this child already has an open child protection plan. End it first"),
            Map.entry("8839", "this referral already has an open section 47 enquiry"),
            Map.entry("4003", "a child protection review conference cannot be held while a child in need plan is open"),
            Map.entry("2885", "a child protection plan starts on the day of the initial conference"),
            Map.entry("8610", "the census needs the referral's primary need once it leads to further action. Record it when it is known"),
            Map.entry("8770Q", "a school-age child needs their unique pupil number (UPN), or the reason it is not known"));

    /** The flash attribute the next page shows: a list of {@link #words} of the queries a save added. */
    static final String QUERIES = "censusQueries";

    private final CinCensusExport census;
    private final TransactionTemplate committed;
    /** The child rules only: a return rule (duplicate identifiers, counts across children) needs the whole return. */
    private final List<CensusRule> rules;
    private final Clock clock;

    CensusCheckOnSave(CinCensusExport census, PlatformTransactionManager transactions, Optional<Clock> clock) {
        this.census = census;
        this.committed = new TransactionTemplate(transactions);
        committed.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        committed.setReadOnly(true);
        this.rules = CinCensusRules.all().stream().filter(ChildRule.class::isInstance).toList();
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** Notes the child; the check runs once per child just before the transaction commits, when all its writes are made. */
    @EventListener
    void on(RecordChanged change) {
        if (change.personId() == null || !CENSUS_SUBJECTS.contains(change.subject())
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.children.add(change.personId());
    }

    private final class Pending implements TransactionSynchronization {

        final Set<UUID> children = new LinkedHashSet<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            check(children);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(CensusCheckOnSave.this);
        }
    }

    private void check(Set<UUID> children) {
        CensusPeriod period = CensusPeriod.soFar(LocalDate.now(clock));
        List<Failure> errors = new ArrayList<>();
        List<Failure> queries = new ArrayList<>();
        for (UUID child : children) {
            List<Failure> after = failures(child, period);
            if (after.isEmpty()) {
                continue;
            }
            CensusChange change = CensusChange.between(committed.execute(s -> failures(child, period)), after);
            change.newErrors().forEach(f -> (COMPLETED_LATER.contains(f.code()) ? queries : errors).add(f));
            queries.addAll(change.newQueries());
        }
        if (!errors.isEmpty()) {
            throw new RefusedException(errors.stream().map(f -> new FieldProblem("census", "Not saved: the children in need "
                    + "census would reject this. " + words(f))).toList());
        }
        if (!queries.isEmpty()) {
            nextPage().ifPresent(flash -> flash.put(QUERIES, queries.stream().map(CensusCheckOnSave::words).toList()));
        }
    }

    private List<Failure> failures(UUID child, CensusPeriod period) {
        return census.childOnRecord(child, period).map(c -> {
            CensusValidator validator = new CensusValidator(census.header(period), period, rules);
            validator.check(c);
            return validator.finish().failures();
        }).orElse(List.of());
    }

    /** "The start date of assessment 1 of referral 2: the assessment cannot start before the referral (DfE rule 1103)." */
    static String words(Failure failure) {
        String where = CensusPlace.of(failure.element()).words();
        return Character.toUpperCase(where.charAt(0)) + where.substring(1) + ": "
                + PLAIN_WORDS.getOrDefault(failure.code(), failure.message()) + " (DfE rule " + failure.code() + ").";
    }

    /** What the page after this request's redirect is given, when the change came from a form. */
    private static Optional<FlashMap> nextPage() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return Optional.ofNullable(RequestContextUtils.getOutputFlashMap(request));
        }
        return Optional.empty();
    }
}
