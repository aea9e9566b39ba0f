package uk.opencsc.adoption;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.audit.RecordChanged;
import uk.opencsc.audit.RecordChanged.FieldChange;
import uk.opencsc.chronology.ChronologyBulkLoad;
import uk.opencsc.chronology.SignificantEvent;
import uk.opencsc.platform.database.CopyRows;
import uk.opencsc.platform.validation.FieldProblem;
import uk.opencsc.platform.validation.InvalidValueException;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Loads adopter households, children's adoption records and permanence orders with COPY in the caller's transaction
 * (the demo, a migration from another system), each checked by the same rules as the forms; one bad row loads
 * nothing and is named in the refusal. The chronology gets the same contentless entries the pages make.
 */
@Service
public class AdoptionBulkLoad {

    private final DataSource dataSource;
    private final ChronologyBulkLoad chronology;
    private final ApplicationEventPublisher events;

    AdoptionBulkLoad(DataSource dataSource, ChronologyBulkLoad chronology, ApplicationEventPublisher events) {
        this.dataSource = dataSource;
        this.chronology = chronology;
        this.events = events;
    }

    /**
     * A child's adoption record as another system held it.
     *
     * @param householdRef the family identifier of the matched household, or null; {@code milestones.householdId()} is ignored
     */
    public record HistoricAdoption(UUID personId, LocalDate dateOfBirth, String householdRef, AdoptionMilestones milestones) {
    }

    /** @param dateOfBirth the child's, for the rule that the order is not before birth */
    public record HistoricOrder(UUID personId, LocalDate dateOfBirth, PermanenceOrderKind kind, LocalDate orderDate, String madeTo) {
    }

    public record Summary(int households, int adoptions, int orders) {
    }

    /**
     * @param today the day the rules count "in the future" from
     * @throws InvalidValueException naming the row and field when a row breaks a rule; nothing is loaded
     */
    @Transactional
    public Summary load(List<HouseholdDetails> households, List<HistoricAdoption> adoptions, List<HistoricOrder> orders, LocalDate today) {
        String actor = AdoptionRecords.actor();
        Map<String, UUID> householdIds = new HashMap<>();
        Map<String, HouseholdDetails> byRef = new HashMap<>();
        CopyRows householdRows = new CopyRows("""
                adopter_household (id, family_ref, first_adopter, second_adopter, adopters_sex, legal_status,
                    fostering_for_adoption, enquiry_date, stage1_start, stage1_end, stage2_start, stage2_end, approval_date,
                    approved_by, left_date, left_reason, created_by, updated_by)""");
        for (int i = 0; i < households.size(); i++) {
            HouseholdDetails h = households.get(i);
            refuse("household " + (i + 1) + " (" + h.familyRef() + ")", HouseholdRules.household(h, today));
            if (householdIds.containsKey(h.familyRef())) {
                throw new InvalidValueException("familyRef", "household " + (i + 1) + ": the family identifier " + h.familyRef() + " is used twice");
            }
            UUID id = UUID.randomUUID();
            householdIds.put(h.familyRef(), id);
            byRef.put(h.familyRef(), h);
            householdRows.add(id, h.familyRef(), h.firstAdopter(), h.secondAdopter(), FieldChanges.code(h.adoptersSex()),
                    FieldChanges.code(h.legalStatus()), h.fosteringForAdoption(), h.enquiryDate(), h.stage1Start(), h.stage1End(),
                    h.stage2Start(), h.stage2End(), h.approvalDate(), FieldChanges.code(h.approvedBy()), h.leftDate(),
                    FieldChanges.code(h.leftReason()), actor, actor);
        }
        CopyRows recordRows = new CopyRows("""
                adoption_record (id, person_id, entered_care_date, adm_decision_date, authority, placement_order_date,
                    placement_order_court, matched_date, household_id, early_placement_kind, early_placement_date, placed_date,
                    adoption_order_date, reversed_date, reversed_reason, siblings_placed, siblings_apart_reason, version,
                    created_by, updated_by)""");
        CopyRows siblingRows = new CopyRows("adoption_sibling (record_id, sibling_id)");
        List<SignificantEvent> entries = new ArrayList<>();
        for (int i = 0; i < adoptions.size(); i++) {
            HistoricAdoption a = adoptions.get(i);
            UUID householdId = a.householdRef() == null ? null : householdIds.get(a.householdRef());
            if (a.householdRef() != null && householdId == null) {
                throw new InvalidValueException("householdId", "adoption " + (i + 1) + ": no household " + a.householdRef() + " in the load");
            }
            AdoptionMilestones m = withHousehold(a.milestones(), householdId);
            refuse("adoption " + (i + 1) + " (child " + a.personId() + ")",
                    AdoptionRules.record(m, a.dateOfBirth(), a.householdRef() == null ? null : byRef.get(a.householdRef()), today));
            UUID id = UUID.randomUUID();
            recordRows.add(id, a.personId(), m.enteredCareDate(), m.admDecisionDate(), FieldChanges.code(m.authority()),
                    m.placementOrderDate(), m.placementOrderCourt(), m.matchedDate(), householdId,
                    FieldChanges.code(m.earlyPlacementKind()), m.earlyPlacementDate(), m.placedDate(), m.adoptionOrderDate(),
                    m.reversedDate(), FieldChanges.code(m.reversedReason()), FieldChanges.code(m.siblingsPlaced()),
                    m.siblingsApartReason(), 1, actor, actor);
            m.siblingIds().forEach(s -> siblingRows.add(id, s));
            AdoptionRecords.milestoneDates(m).forEach((field, date) -> {
                if (date != null) entries.add(AdoptionRecords.chronologyEntry(id, field, 1, a.personId(), date));
            });
        }
        CopyRows orderRows = new CopyRows("permanence_order (id, person_id, kind, order_date, made_to, created_by, updated_by)");
        for (int i = 0; i < orders.size(); i++) {
            HistoricOrder o = orders.get(i);
            refuse("order " + (i + 1) + " (child " + o.personId() + ")",
                    AdoptionRules.permanenceOrder(o.kind(), o.orderDate(), o.madeTo(), o.dateOfBirth(), today));
            UUID id = UUID.randomUUID();
            orderRows.add(id, o.personId(), o.kind().code(), o.orderDate(), o.madeTo().trim(), actor, actor);
            entries.add(AdoptionRecords.orderEntry(id, o.personId(), o.orderDate()));
        }
        CopyRows.copyAll(dataSource, "the adoption load", householdRows, recordRows, siblingRows, orderRows);
        chronology.load(entries);
        events.publishEvent(new RecordChanged("adoption-bulk-load", UUID.randomUUID().toString(), null, List.of(
                new FieldChange("households", null, String.valueOf(households.size())),
                new FieldChange("adoptions", null, String.valueOf(adoptions.size())),
                new FieldChange("orders", null, String.valueOf(orders.size())))));
        return new Summary(households.size(), adoptions.size(), orders.size());
    }

    private static AdoptionMilestones withHousehold(AdoptionMilestones m, UUID householdId) {
        return new AdoptionMilestones(m.enteredCareDate(), m.admDecisionDate(), m.authority(), m.placementOrderDate(),
                m.placementOrderCourt(), m.matchedDate(), householdId, m.earlyPlacementKind(), m.earlyPlacementDate(),
                m.placedDate(), m.adoptionOrderDate(), m.reversedDate(), m.reversedReason(), m.siblingIds(), m.siblingsPlaced(),
                m.siblingsApartReason());
    }

    private static void refuse(String row, List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            FieldProblem first = problems.getFirst();
            throw new InvalidValueException(first.field(), row + ": " + first.message());
        }
    }
}
