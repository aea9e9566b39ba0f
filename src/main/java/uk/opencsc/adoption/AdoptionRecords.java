package uk.opencsc.adoption;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.access.RecordAccess;
import uk.opencsc.audit.RecordChanged;
import uk.opencsc.audit.RecordChanged.FieldChange;
import uk.opencsc.audit.RecordViewed;
import uk.opencsc.chronology.ChronologyKind;
import uk.opencsc.chronology.SignificantEvent;
import uk.opencsc.people.PersonLookup;
import uk.opencsc.people.PersonLookup.PersonSummary;
import uk.opencsc.platform.validation.ChangedMeanwhileException;
import uk.opencsc.platform.validation.CodeList;
import uk.opencsc.platform.validation.RefusedException;
import uk.opencsc.platform.web.NotFoundException;
import uk.opencsc.platform.web.NotPermittedException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Children's adoption and permanence records for the signed-in user: every read is checked against
 * {@link AdoptionRecordPolicy} (not the child's main record's access) and the page view audited; every change is
 * checked, refused by {@link AdoptionRules} naming each field, optimistic-locked, audited with each field's old and
 * new value, and put on the chronology without its detail (see {@link #chronologyEntry}).
 */
@Service
class AdoptionRecords {

    static final String MODULE = "adoption";
    /** What the chronology says of every adoption entry: the chronology is read by everyone who reads the child's record. */
    static final String CHRONOLOGY_SUMMARY = "An entry on the child's restricted adoption and permanence record";

    private final AdoptionRepository repository;
    private final PersonLookup persons;
    private final AdoptionAccess access;
    private final RecordAccess recordAccess;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AdoptionRecords(AdoptionRepository repository, PersonLookup persons, AdoptionAccess access, RecordAccess recordAccess,
                    ApplicationEventPublisher events, Optional<Clock> clock) {
        this.recordAccess = recordAccess;
        this.repository = repository;
        this.persons = persons;
        this.access = access;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A sibling on the record, as the page shows them. */
    record Sibling(UUID id, String localId, String displayName) {
    }

    /**
     * @param mayReadRecord whether the user may also open the child's main record (the adoption team usually may not)
     */
    record AdoptionView(PersonSummary person, AdoptionRecord record, AdoptionMilestones milestones, String householdNames,
                        List<Sibling> siblings, List<PermanenceOrder> orders, List<AdoptionScorecard.Timing> timings,
                        boolean mayWrite, boolean mayReadRecord) {
    }

    /** One child on the adoption team's list: where the plan stands and the A1 clock. */
    record ChildRow(PersonSummary person, AdoptionMilestones milestones, String stage, AdoptionScorecard.Timing a1) {
    }

    /**
     * The children with an adoption record that the user may open: open plans first (the longest-waiting first),
     * then the adopted (latest first), then reversed plans. Audited as one view.
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    List<ChildRow> children() {
        access.checkReadAdopters();
        events.publishEvent(new RecordViewed(null, "adoption team's children"));
        List<AdoptionRecord> records = repository.allRecords();
        Map<UUID, PersonSummary> people = persons.findAll(records.stream().map(AdoptionRecord::personId).toList());
        LocalDate today = today();
        var readable = access.readable();
        return records.stream().filter(r -> people.containsKey(r.personId()) && readable.test(people.get(r.personId()).facts()))
                .map(r -> new ChildRow(people.get(r.personId()), r.milestones(), stage(r.milestones()),
                        AdoptionScorecard.a1(r.milestones(), today).orElse(null)))
                .sorted(Comparator.comparing((ChildRow c) -> c.milestones().openAdoptionPlan() ? 0 : c.milestones().adopted() ? 1 : 2)
                        .thenComparing(c -> c.milestones().openAdoptionPlan() ? c.milestones().admDecisionDate()
                                : c.milestones().adopted() ? LocalDate.MAX.minusDays(c.milestones().adoptionOrderDate().toEpochDay())
                                : LocalDate.MAX.minusDays(c.milestones().reversedDate() == null ? 0 : c.milestones().reversedDate().toEpochDay()),
                                Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** Where the child's adoption stands, in the team's words. */
    static String stage(AdoptionMilestones m) {
        if (m.adopted()) return "Adopted";
        if (m.reversedDate() != null) return "Decision reversed";
        if (m.placedDate() != null) return "Placed for adoption";
        if (m.matchedDate() != null) return "Matched";
        if (m.placementOrderDate() != null) return "Placement order made";
        if (m.admDecisionDate() != null) return "Should be placed for adoption";
        return "No adoption decision";
    }

    /** The child's adoption and permanence page: audited as one view. */
    @Transactional(noRollbackFor = NotPermittedException.class)
    AdoptionView view(UUID personId) {
        PersonSummary person = readable(personId);
        events.publishEvent(new RecordViewed(personId, "adoption and permanence record"));
        Optional<AdoptionRecord> record = repository.recordOf(personId);
        AdoptionMilestones m = record.map(AdoptionRecord::milestones).orElse(AdoptionMilestones.none());
        String household = m.householdId() == null ? null
                : repository.household(m.householdId()).map(h -> h.details().names() + " (" + h.details().familyRef() + ")").orElse(null);
        return new AdoptionView(person, record.orElse(null), m, household, siblings(m.siblingIds()),
                repository.ordersOf(personId), AdoptionScorecard.of(m, today()), access.mayWrite(person.facts()),
                recordAccess.mayRead(person.facts()));
    }

    /** Checks the adoption record may be read, without auditing a view: for forms, whose page audits itself. */
    @Transactional(noRollbackFor = NotPermittedException.class)
    PersonSummary readable(UUID personId) {
        PersonSummary person = persons.find(personId).orElseThrow(() -> new NotFoundException("No person " + personId));
        access.checkRead(person.facts());
        return person;
    }

    @Transactional(noRollbackFor = NotPermittedException.class)
    PersonSummary writable(UUID personId) {
        PersonSummary person = readable(personId);
        access.checkWrite(person.facts());
        return person;
    }

    /** The stored record for the edit form, or empty before anything is recorded. */
    @Transactional(noRollbackFor = NotPermittedException.class)
    Optional<AdoptionRecord> record(UUID personId) {
        readable(personId);
        return repository.recordOf(personId);
    }

    /** The version the edit form carries: 0 while there is no record yet (a stored record starts at 1). */
    static int versionOf(Optional<AdoptionRecord> record) {
        return record.map(AdoptionRecord::version).orElse(0);
    }

    /** Households that may be chosen for a match: approved and not left, and the one already matched. */
    @Transactional(readOnly = true)
    List<AdopterHousehold> matchableHouseholds(UUID alreadyMatched) {
        return repository.households().stream()
                .filter(h -> h.id().equals(alreadyMatched) || (h.details().approvalDate() != null && h.details().leftDate() == null))
                .sorted(Comparator.comparing(h -> h.details().familyRef()))
                .toList();
    }

    /** The siblings' local IDs as the edit form shows them. */
    @Transactional(readOnly = true)
    String siblingLocalIds(Collection<UUID> ids) {
        return persons.findAll(ids).values().stream().map(PersonSummary::localId).sorted().reduce((a, b) -> a + ", " + b).orElse("");
    }

    /** The ids of the children with these local IDs; a local ID with no child is named in the refusal. */
    @Transactional(readOnly = true)
    List<UUID> siblingIds(UUID personId, Collection<String> localIds) {
        Map<String, UUID> found = persons.idsOfLocalIds(localIds);
        List<String> unknown = localIds.stream().filter(l -> !found.containsKey(l)).toList();
        if (!unknown.isEmpty()) {
            throw new RefusedException("siblingLocalIds", "No child has the local ID " + String.join(", ", unknown));
        }
        if (found.containsValue(personId)) {
            throw new RefusedException("siblingLocalIds", "Enter the siblings' local IDs, not the child's own");
        }
        return List.copyOf(found.values());
    }

    /**
     * Saves the child's adoption and permanence record.
     *
     * @param expectedVersion the version the form was opened at; 0 when there was no record yet
     * @throws RefusedException         naming each field the rules refuse; nothing is written
     * @throws ChangedMeanwhileException when someone saved the record since the form was opened
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    void save(UUID personId, int expectedVersion, AdoptionMilestones m) {
        PersonSummary person = writable(personId);
        HouseholdDetails household = m.householdId() == null ? null
                : repository.household(m.householdId()).map(AdopterHousehold::details).orElse(null);
        RefusedException.refuseIfAny(AdoptionRules.record(m, person.dateOfBirth(), household, today()));
        String actor = actor();
        Optional<AdoptionRecord> stored = repository.recordOf(personId);
        AdoptionMilestones old;
        UUID recordId;
        int newVersion;
        if (stored.isEmpty()) {
            if (expectedVersion != 0) {
                throw new ChangedMeanwhileException("someone else", Instant.now(clock));
            }
            recordId = UUID.randomUUID();
            try {
                repository.insertRecord(recordId, personId, m, actor);
            } catch (DuplicateKeyException e) {
                // someone created the child's record between our read and our insert
                throw new ChangedMeanwhileException("someone else", Instant.now(clock));
            }
            old = AdoptionMilestones.none();
            newVersion = 1;
        } else {
            AdoptionRecord current = stored.get();
            if (current.version() != expectedVersion || !repository.updateRecord(current.id(), expectedVersion, m, actor)) {
                throw new ChangedMeanwhileException(current.updatedBy(), current.updatedAt());
            }
            old = current.milestones();
            recordId = current.id();
            newVersion = expectedVersion + 1;
        }
        List<FieldChange> changes = changes(old, m);
        if (!changes.isEmpty()) {
            events.publishEvent(new RecordChanged("adoption-record", recordId.toString(), personId, changes));
        }
        milestoneDates(old).forEach((field, oldDate) -> {
            LocalDate newDate = milestoneDates(m).get(field);
            if (!Objects.equals(oldDate, newDate)) {
                events.publishEvent(chronologyEntry(recordId, field, newVersion, personId, newDate != null ? newDate : oldDate));
            }
        });
    }

    /**
     * Records a special guardianship or child arrangements order.
     *
     * @throws RefusedException naming each field the rules refuse
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    UUID recordOrder(UUID personId, PermanenceOrderKind kind, LocalDate orderDate, String madeTo) {
        PersonSummary person = writable(personId);
        RefusedException.refuseIfAny(AdoptionRules.permanenceOrder(kind, orderDate, madeTo, person.dateOfBirth(), today()));
        UUID id = UUID.randomUUID();
        repository.insertOrder(new PermanenceOrder(id, personId, kind, orderDate, madeTo.trim()), actor());
        events.publishEvent(new RecordChanged("permanence-order", id.toString(), personId, List.of(
                new FieldChange("kind", null, kind.code()), new FieldChange("orderDate", null, orderDate.toString()),
                new FieldChange("madeTo", null, madeTo.trim()))));
        events.publishEvent(orderEntry(id, personId, orderDate));
        return id;
    }

    /**
     * The chronology entry for one milestone of the record. The chronology is read by everyone who may read the
     * child's main record, which the adoption record is not restricted to; so the entry says only that something was
     * recorded on the restricted record, and when, with a link that only those who may read it can follow. Its id is
     * the record's and the milestone's, so a corrected date revises the entry rather than adding one.
     */
    static SignificantEvent chronologyEntry(UUID recordId, String milestone, int revision, UUID personId, LocalDate on) {
        return SignificantEvent.forRecord(entryId(recordId + ":" + milestone), revision, personId, instant(on),
                ChronologyKind.LOOKED_AFTER, CHRONOLOGY_SUMMARY, "/children/" + personId + "/adoption", MODULE);
    }

    /** The chronology entry for a special guardianship or child arrangements order: as {@link #chronologyEntry}. */
    static SignificantEvent orderEntry(UUID orderId, UUID personId, LocalDate on) {
        return SignificantEvent.forRecord(entryId("order:" + orderId), 0, personId, instant(on), ChronologyKind.LOOKED_AFTER,
                CHRONOLOGY_SUMMARY, "/children/" + personId + "/adoption", MODULE);
    }

    private static UUID entryId(String what) {
        return UUID.nameUUIDFromBytes((MODULE + ":" + what).getBytes(StandardCharsets.UTF_8));
    }

    /** The dates that make chronology entries: the milestones of the child's adoption. */
    static Map<String, LocalDate> milestoneDates(AdoptionMilestones m) {
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        dates.put("admDecision", m.admDecisionDate());
        dates.put("placementOrder", m.placementOrderDate());
        dates.put("matched", m.matchedDate());
        dates.put("earlyPlacement", m.earlyPlacementDate());
        dates.put("placed", m.placedDate());
        dates.put("adoptionOrder", m.adoptionOrderDate());
        dates.put("reversed", m.reversedDate());
        return dates;
    }

    static List<FieldChange> changes(AdoptionMilestones old, AdoptionMilestones now) {
        Map<String, Function<AdoptionMilestones, Object>> fields = new LinkedHashMap<>();
        fields.put("enteredCareDate", AdoptionMilestones::enteredCareDate);
        fields.put("admDecisionDate", AdoptionMilestones::admDecisionDate);
        fields.put("authority", AdoptionMilestones::authority);
        fields.put("placementOrderDate", AdoptionMilestones::placementOrderDate);
        fields.put("placementOrderCourt", AdoptionMilestones::placementOrderCourt);
        fields.put("matchedDate", AdoptionMilestones::matchedDate);
        fields.put("householdId", AdoptionMilestones::householdId);
        fields.put("earlyPlacementKind", AdoptionMilestones::earlyPlacementKind);
        fields.put("earlyPlacementDate", AdoptionMilestones::earlyPlacementDate);
        fields.put("placedDate", AdoptionMilestones::placedDate);
        fields.put("adoptionOrderDate", AdoptionMilestones::adoptionOrderDate);
        fields.put("reversedDate", AdoptionMilestones::reversedDate);
        fields.put("reversedReason", AdoptionMilestones::reversedReason);
        fields.put("siblingIds", m -> m.siblingIds().isEmpty() ? null : m.siblingIds().stream().map(UUID::toString).sorted().toList());
        fields.put("siblingsPlaced", AdoptionMilestones::siblingsPlaced);
        fields.put("siblingsApartReason", AdoptionMilestones::siblingsApartReason);
        return FieldChanges.between(old, now, fields);
    }


    private List<Sibling> siblings(Collection<UUID> ids) {
        return persons.findAll(ids).values().stream()
                .map(p -> new Sibling(p.id(), p.localId(), p.displayName()))
                .sorted(Comparator.comparing(Sibling::displayName)).toList();
    }

    private static Instant instant(LocalDate day) {
        return SignificantEvent.startOf(day);
    }

    static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken ? "system" : auth.getName();
    }
}
