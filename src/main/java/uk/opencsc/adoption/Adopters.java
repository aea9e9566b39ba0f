package uk.opencsc.adoption;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.audit.RecordChanged;
import uk.opencsc.audit.RecordChanged.FieldChange;
import uk.opencsc.audit.RecordViewed;
import uk.opencsc.platform.validation.ChangedMeanwhileException;
import uk.opencsc.platform.validation.CodeList;
import uk.opencsc.platform.validation.FieldProblem;
import uk.opencsc.platform.validation.RefusedException;
import uk.opencsc.platform.web.NotFoundException;
import uk.opencsc.platform.web.NotPermittedException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Prospective adopters for the adoption team: the list by stage with overdue stages first, and each household's
 * record, checked by {@link HouseholdRules}, optimistic-locked and audited. Only adoption team members use it
 * ({@link AdoptionRecordPolicy#mayReadAdopters}).
 */
@Service
class Adopters {

    private final AdoptionRepository repository;
    private final AdoptionAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Adopters(AdoptionRepository repository, AdoptionAccess access, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.repository = repository;
        this.access = access;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** One household on the list: where it stands and how its stages are doing. */
    record HouseholdRow(AdopterHousehold household, AdopterStages.Stage stage, List<AdopterStages.StageTiming> timings,
                        boolean overdue) {
    }

    record AdoptersView(List<HouseholdRow> rows, Map<AdopterStages.Stage, Long> byStage, boolean mayChange) {
    }

    /**
     * Every household, those with a stage running past its expected time first (longest late first), then by stage
     * and enquiry date. Audited as one view.
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    AdoptersView list() {
        access.checkReadAdopters();
        events.publishEvent(new RecordViewed(null, "prospective adopters"));
        LocalDate today = today();
        Map<UUID, AdopterStages.ChildrenProgress> progress = repository.childrenProgress();
        List<HouseholdRow> rows = repository.households().stream().map(h -> new HouseholdRow(h,
                        AdopterStages.stageOf(h.details(), progress.getOrDefault(h.id(), AdopterStages.ChildrenProgress.NONE)),
                        AdopterStages.timings(h.details(), today), AdopterStages.overdue(h.details(), today)))
                .sorted(Comparator.comparing((HouseholdRow r) -> !r.overdue())
                        .thenComparing(r -> -r.timings().stream().filter(AdopterStages.StageTiming::overdue)
                                .mapToLong(AdopterStages.StageTiming::daysLate).max().orElse(0))
                        .thenComparing(HouseholdRow::stage)
                        .thenComparing(r -> r.household().details().enquiryDate()))
                .toList();
        Map<AdopterStages.Stage, Long> byStage = new LinkedHashMap<>();
        for (AdopterStages.Stage s : AdopterStages.Stage.values()) {
            byStage.put(s, rows.stream().filter(r -> r.stage() == s).count());
        }
        return new AdoptersView(rows, byStage, access.mayChangeAdopters());
    }

    @Transactional(noRollbackFor = NotPermittedException.class)
    AdopterHousehold forEdit(UUID id) {
        access.checkChangeAdopters();
        return repository.household(id).orElseThrow(() -> new NotFoundException("No adopter household " + id));
    }

    /** Checks the user may add or change households, before a blank form is shown. */
    @Transactional(noRollbackFor = NotPermittedException.class)
    void checkMayChange() {
        access.checkChangeAdopters();
    }

    /** @throws RefusedException naming each field the rules refuse */
    @Transactional(noRollbackFor = NotPermittedException.class)
    UUID create(HouseholdDetails h) {
        access.checkChangeAdopters();
        refuse(h, null);
        UUID id = UUID.randomUUID();
        repository.insertHousehold(id, h, AdoptionRecords.actor());
        events.publishEvent(new RecordChanged("adopter-household", id.toString(), null, changes(null, h)));
        return id;
    }

    /**
     * @throws RefusedException         naming each field the rules refuse
     * @throws ChangedMeanwhileException when someone saved the household since the form was opened
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    void update(UUID id, int expectedVersion, HouseholdDetails h) {
        AdopterHousehold current = forEdit(id);
        refuse(h, id);
        if (current.version() != expectedVersion || !repository.updateHousehold(id, expectedVersion, h, AdoptionRecords.actor())) {
            throw new ChangedMeanwhileException(current.updatedBy(), current.updatedAt());
        }
        List<FieldChange> changes = changes(current.details(), h);
        if (!changes.isEmpty()) {
            events.publishEvent(new RecordChanged("adopter-household", id.toString(), null, changes));
        }
    }

    private void refuse(HouseholdDetails h, UUID id) {
        List<FieldProblem> problems = new ArrayList<>(HouseholdRules.household(h, today()));
        if (h.familyRef() != null && repository.familyRefTaken(h.familyRef(), id)) {
            problems.add(new FieldProblem("familyRef", "Another household already has the family identifier " + h.familyRef()));
        }
        RefusedException.refuseIfAny(problems);
    }

    private static List<FieldChange> changes(HouseholdDetails old, HouseholdDetails now) {
        Map<String, Function<HouseholdDetails, Object>> fields = new LinkedHashMap<>();
        fields.put("familyRef", HouseholdDetails::familyRef);
        fields.put("firstAdopter", HouseholdDetails::firstAdopter);
        fields.put("secondAdopter", HouseholdDetails::secondAdopter);
        fields.put("adoptersSex", HouseholdDetails::adoptersSex);
        fields.put("legalStatus", HouseholdDetails::legalStatus);
        fields.put("fosteringForAdoption", HouseholdDetails::fosteringForAdoption);
        fields.put("enquiryDate", HouseholdDetails::enquiryDate);
        fields.put("stage1Start", HouseholdDetails::stage1Start);
        fields.put("stage1End", HouseholdDetails::stage1End);
        fields.put("stage2Start", HouseholdDetails::stage2Start);
        fields.put("stage2End", HouseholdDetails::stage2End);
        fields.put("approvalDate", HouseholdDetails::approvalDate);
        fields.put("approvedBy", HouseholdDetails::approvedBy);
        fields.put("leftDate", HouseholdDetails::leftDate);
        fields.put("leftReason", HouseholdDetails::leftReason);
        return FieldChanges.between(old, now, fields);
    }

}
