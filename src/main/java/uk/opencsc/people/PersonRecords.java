package uk.opencsc.people;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.access.AccessAdministration;
import uk.opencsc.access.ReadScope;
import uk.opencsc.access.RecordAccess;
import uk.opencsc.access.RecordFacts;
import uk.opencsc.access.SignedInUser;
import uk.opencsc.audit.RecordChanged.FieldChange;
import uk.opencsc.audit.RecordChanged;
import uk.opencsc.audit.RecordViewed;
import uk.opencsc.audit.SearchPerformed;
import uk.opencsc.platform.validation.ChangedMeanwhileException;
import uk.opencsc.platform.validation.CodeList;
import uk.opencsc.platform.validation.InvalidValueException;
import uk.opencsc.platform.web.NotFoundException;
import uk.opencsc.platform.web.NotPermittedException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reading and changing persons' records for the signed-in user: every read is checked and audited
 * once, every search is scoped and audited once, every change is checked, optimistic-locked and
 * audited with each field's old and new value.
 */
@Service
class PersonRecords {

    private final PersonRepository repository;
    private final RecordAccess access;
    private final AccessAdministration administration;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PersonRecords(PersonRepository repository, RecordAccess access, AccessAdministration administration,
                  ApplicationEventPublisher events, Optional<Clock> clock) {
        this.repository = repository;
        this.access = access;
        this.administration = administration;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The whole record for the record page. */
    record PersonView(StoredPerson person, List<Address> addresses, List<Relationship> relationships, List<OtherName> otherNames,
                      boolean mayWrite) {
    }

    /**
     * @param what which part was looked at, for the audit ("record", "edit form")
     * @throws NotFoundException     when there is no such person
     * @throws NotPermittedException when the user may not read it (the refusal is audited)
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    PersonView view(UUID id, String what) {
        StoredPerson person = readable(id);
        events.publishEvent(new RecordViewed(id, what));
        return new PersonView(person, repository.addresses(id), repository.relationships(id, access.currentScope()),
                repository.otherNames(id), access.mayWrite(person.facts()));
    }

    /** Checks read access without auditing a view: for pages that only show the person's name above a form already audited. */
    @Transactional(noRollbackFor = NotPermittedException.class)
    StoredPerson readable(UUID id) {
        StoredPerson person = repository.find(id).orElseThrow(() -> new NotFoundException("No person " + id));
        access.checkRead(person.facts());
        return person;
    }

    /** Checks read and write access without auditing a view: for forms that change the record and show only its name. */
    @Transactional(noRollbackFor = NotPermittedException.class)
    StoredPerson writable(UUID id) {
        StoredPerson person = readable(id);
        access.checkWrite(person.facts());
        return person;
    }

    @Transactional(noRollbackFor = NotPermittedException.class)
    List<PersonRepository.Found> search(SearchCriteria criteria) {
        ReadScope scope = access.currentScope();
        List<PersonRepository.Found> found = scope.isEmpty() ? List.of() : repository.search(criteria, scope);
        events.publishEvent(new SearchPerformed("children", criteria.terms(), found.size()));
        return found;
    }

    /** A person already recorded who may be the one about to be created, with why. */
    record Candidate(UUID id, String localId, String name, LocalDate dateOfBirth, List<String> reasons) {
    }

    /** Likely duplicates the user may see; the search behind them is audited like any other search. */
    @Transactional(noRollbackFor = NotPermittedException.class)
    List<Candidate> likelyDuplicates(PersonDetails details) {
        ReadScope scope = access.currentScope();
        List<Candidate> candidates = scope.isEmpty() ? List.of() : repository.sameBirthDateOrIdentifiers(details, scope).stream()
                .map(p -> new Candidate(p.id(), p.localId(), p.details().displayName(),
                        p.details().dateOfBirth() != null ? p.details().dateOfBirth() : p.details().expectedDateOfBirth(),
                        LikelyDuplicates.reasons(details, p.details())))
                .filter(c -> !c.reasons().isEmpty())
                .toList();
        Map<String, String> terms = new LinkedHashMap<>();
        terms.put("name", details.firstName() + " " + details.lastName());
        terms.put("dateOfBirth", String.valueOf(details.dateOfBirth() != null ? details.dateOfBirth() : details.expectedDateOfBirth()));
        if (details.nhsNumber() != null) terms.put("nhsNumber", details.nhsNumber().value());
        if (details.upn() != null) terms.put("upn", details.upn().value());
        events.publishEvent(new SearchPerformed("likely-duplicates", terms, candidates.size()));
        return candidates;
    }

    /** @return the new person's id */
    @Transactional(noRollbackFor = NotPermittedException.class)
    UUID create(PersonDetails details, NewAddress address) {
        UUID id = UUID.randomUUID();
        // a new record is written by someone who may write records of its team; restriction is then
        // granted to its creator so they do not lose sight of the record they just made
        access.checkWrite(new RecordFacts(id, details.responsibleTeamId(), false));
        String actor = actor();
        String localId = repository.nextLocalId();
        repository.insert(id, localId, details, actor);
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("localId", null, localId));
        describe(details).forEach((field, value) -> {
            if (value != null) changes.add(new FieldChange(field, null, value));
        });
        events.publishEvent(new RecordChanged("person", id.toString(), id, changes));
        if (address != null) {
            UUID addressId = repository.insertAddress(id, address, null, actor);
            events.publishEvent(new RecordChanged("address", addressId.toString(), id, describeAddress(address)));
        }
        if (details.restricted()) {
            administration.grantRestrictedAccess(id, actor, "Created the restricted record", null, actor);
        }
        return id;
    }

    /**
     * Saves the person's details if nobody saved them since {@code version} was read.
     *
     * @throws ChangedMeanwhileException when someone did; nothing is saved
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    void update(UUID id, int version, PersonDetails details) {
        StoredPerson before = readable(id);
        access.checkWrite(before.facts());
        if (before.version() != version) {
            throw new ChangedMeanwhileException(before.updatedBy(), before.updatedAt());
        }
        String actor = actor();
        PersonDetails old = before.details();
        boolean renamed = !Objects.equals(old.firstName(), details.firstName()) || !Objects.equals(old.middleNames(), details.middleNames())
                || !Objects.equals(old.lastName(), details.lastName());
        if (renamed) {
            repository.insertOtherName(id, NameKind.FORMER, old.firstName(), old.middleNames(), old.lastName(), today(), actor);
        }
        List<String> otherNames = repository.otherNames(id).stream().map(OtherName::fullName).toList();
        if (!repository.update(id, version, details, otherNames, actor)) {
            StoredPerson now = repository.find(id).orElseThrow(() -> new NotFoundException("No person " + id));
            throw new ChangedMeanwhileException(now.updatedBy(), now.updatedAt());
        }
        Map<String, String> was = describe(old), is = describe(details);
        List<FieldChange> changes = is.keySet().stream().filter(f -> !Objects.equals(was.get(f), is.get(f)))
                .map(f -> new FieldChange(f, was.get(f), is.get(f))).toList();
        if (!changes.isEmpty()) {
            events.publishEvent(new RecordChanged("person", id.toString(), id, changes));
        }
        if (details.restricted() && !old.restricted()) {
            administration.grantRestrictedAccess(id, actor, "Restricted the record", null, actor);
        }
    }

    /**
     * Records where the person lives from the address's start date. The current address, if any, ends
     * that day (end dates are exclusive), so a person never has two current addresses.
     *
     * @throws InvalidValueException naming "startDate" when the move is not after the current address began,
     *                               or falls within a past address
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    void moveTo(UUID personId, NewAddress address) {
        StoredPerson person = readable(personId);
        access.checkWrite(person.facts());
        String actor = actor();
        List<Address> addresses = repository.addresses(personId);
        Optional<Address> current = addresses.stream().filter(Address::current).findFirst();
        if (current.isPresent() && !address.startDate().isAfter(current.get().startDate())) {
            throw new InvalidValueException("startDate", "Date they started living here must be after "
                    + PeopleFormats.date(current.get().startDate()) + ", when they moved to their current address");
        }
        Optional<Address> pastClash = addresses.stream()
                .filter(a -> !a.current() && a.dates().overlaps(DateRange.of(address.startDate(), null))).findFirst();
        if (pastClash.isPresent()) {
            throw new InvalidValueException("startDate", "Date they started living here must be on or after "
                    + PeopleFormats.date(pastClash.get().endDate()) + ", when they left " + pastClash.get().line1());
        }
        if (current.isPresent()) {
            Address c = current.get();
            if (!repository.endAddress(c.id(), c.version(), address.startDate(), actor)) {
                throw new ChangedMeanwhileException("another user", clock.instant());
            }
            events.publishEvent(new RecordChanged("address", c.id().toString(), personId,
                    List.of(new FieldChange("endDate", null, address.startDate().toString()))));
        }
        UUID addressId = repository.insertAddress(personId, address, null, actor);
        events.publishEvent(new RecordChanged("address", addressId.toString(), personId, describeAddress(address)));
    }


    /**
     * Records an address the person lived at before, from {@code address.startDate()} until {@code endExclusive}.
     *
     * @throws InvalidValueException naming "startDate" when the dates overlap another address on the record
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    void addPastAddress(UUID personId, NewAddress address, LocalDate endExclusive) {
        StoredPerson person = writable(personId);
        DateRange dates = DateRange.of(address.startDate(), endExclusive);
        Optional<Address> clash = repository.addresses(personId).stream().filter(a -> a.dates().overlaps(dates)).findFirst();
        if (clash.isPresent()) {
            Address a = clash.get();
            throw new InvalidValueException("startDate", "These dates overlap the address at " + a.line1() + " ("
                    + PeopleFormats.date(a.startDate()) + (a.current() ? " onwards" : " to " + PeopleFormats.date(a.endDate())) + ")");
        }
        UUID id = repository.insertAddress(personId, address, endExclusive, actor());
        List<FieldChange> changes = new ArrayList<>(describeAddress(address));
        changes.add(new FieldChange("endDate", null, endExclusive.toString()));
        events.publishEvent(new RecordChanged("address", id.toString(), person.id(), changes));
    }

    /** @throws InvalidValueException naming "endDate" when the end is not after the start */
    @Transactional(noRollbackFor = NotPermittedException.class)
    void endAddress(UUID personId, UUID addressId, int version, LocalDate endDate) {
        StoredPerson person = readable(personId);
        access.checkWrite(person.facts());
        Address address = repository.addresses(personId).stream().filter(a -> a.id().equals(addressId)).findFirst()
                .orElseThrow(() -> new NotFoundException("No address " + addressId));
        if (!endDate.isAfter(address.startDate())) {
            throw new InvalidValueException("endDate", "Date they left must be after they started living there, "
                    + PeopleFormats.date(address.startDate()));
        }
        if (!repository.endAddress(addressId, version, endDate, actor())) {
            throw new ChangedMeanwhileException("another user", clock.instant());
        }
        events.publishEvent(new RecordChanged("address", addressId.toString(), personId,
                List.of(new FieldChange("endDate", null, endDate.toString()))));
    }

    /**
     * Records "person is {@code type} the person with {@code relatedLocalId}" and its inverse.
     *
     * @throws InvalidValueException naming "relatedLocalId" when no person the user may see has that ID, or
     *                               it is the person themselves, or the relationship is already recorded
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    void relate(UUID personId, RelationshipType type, String relatedLocalId, LocalDate startDate) {
        StoredPerson person = readable(personId);
        access.checkWrite(person.facts());
        StoredPerson related = repository.findByLocalId(relatedLocalId).filter(p -> access.mayRead(p.facts()))
                .orElseThrow(() -> new InvalidValueException("relatedLocalId", "There is no person with local ID '"
                        + relatedLocalId.trim() + "' whose record you may see"));
        if (related.id().equals(personId)) {
            throw new InvalidValueException("relatedLocalId", "Related person's local ID is this person's own");
        }
        if (repository.hasCurrentRelationship(personId, related.id(), type)) {
            throw new InvalidValueException("relationshipType", "This relationship to " + related.localId() + " is already recorded");
        }
        UUID pair = repository.insertRelationshipPair(personId, type, related.id(), startDate, actor());
        String start = startDate == null ? null : startDate.toString();
        events.publishEvent(new RecordChanged("relationship", pair.toString(), personId, List.of(
                new FieldChange("type", null, type.label()), new FieldChange("relatedPerson", null, related.localId()),
                new FieldChange("startDate", null, start))));
        events.publishEvent(new RecordChanged("relationship", pair.toString(), related.id(), List.of(
                new FieldChange("type", null, type.inverse().label()), new FieldChange("relatedPerson", null, person.localId()),
                new FieldChange("startDate", null, start))));
    }

    /**
     * Records a name the person is also known by, or a former name not recorded when it changed.
     *
     * @param usedUntil exclusive; only for a former name, null when not known
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    void addOtherName(UUID personId, NameKind kind, String first, String middle, String last, LocalDate usedUntil) {
        StoredPerson person = writable(personId);
        String actor = actor();
        repository.insertOtherName(personId, kind, first, middle, last, usedUntil, actor);
        List<String> otherNames = repository.otherNames(personId).stream().map(OtherName::fullName).toList();
        if (!repository.update(personId, person.version(), person.details(), otherNames, actor)) {
            throw new ChangedMeanwhileException("another user", clock.instant());
        }
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("kind", null, kind.label()));
        changes.add(new FieldChange("name", null, String.join(" ", java.util.stream.Stream.of(first, middle, last)
                .filter(Objects::nonNull).toList())));
        if (usedUntil != null) changes.add(new FieldChange("usedUntil", null, usedUntil.toString()));
        events.publishEvent(new RecordChanged("person-name", personId.toString(), personId, changes));
    }

    @Transactional(noRollbackFor = NotPermittedException.class)
    void endRelationship(UUID personId, UUID relationshipId, int version, LocalDate endDate) {
        StoredPerson person = readable(personId);
        access.checkWrite(person.facts());
        Relationship r = repository.relationships(personId, access.currentScope()).stream().filter(x -> x.id().equals(relationshipId))
                .findFirst().orElseThrow(() -> new NotFoundException("No relationship " + relationshipId));
        if (r.startDate() != null && !endDate.isAfter(r.startDate())) {
            throw new InvalidValueException("endDate", "Date the relationship ended must be after it began, " + PeopleFormats.date(r.startDate()));
        }
        if (!repository.endRelationshipPair(relationshipId, version, endDate, actor())) {
            throw new ChangedMeanwhileException("another user", clock.instant());
        }
        for (UUID who : List.of(personId, r.relatedPersonId())) {
            events.publishEvent(new RecordChanged("relationship", r.pairId().toString(), who,
                    List.of(new FieldChange("endDate", null, endDate.toString()))));
        }
    }

    /** Whether the user may write records of {@code teamId}: a new record must go to such a team. */
    boolean mayWriteForTeam(UUID teamId) {
        return access.mayWrite(new RecordFacts(UUID.randomUUID(), teamId, false));
    }

    boolean mayCreate() {
        return access.currentUser().map(SignedInUser::role).map(role -> role.writesRecords()).orElse(false);
    }

    /** Roles that read no children's records (administrators) are refused the search, not shown an empty one. */
    void checkMayFind() {
        if (!access.currentUser().map(u -> u.role().readsRecords()).orElse(false)) {
            throw new NotPermittedException("Your role does not read children's records");
        }
    }

    void checkMayCreate() {
        if (!mayCreate()) {
            throw new NotPermittedException("Your role does not create children's records");
        }
    }

    Optional<SignedInUser> currentUser() {
        return access.currentUser();
    }

    /** Each field as the user reads it, for the audit's old and new values. */
    static Map<String, String> describe(PersonDetails d) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("firstName", d.firstName());
        m.put("middleNames", d.middleNames());
        m.put("lastName", d.lastName());
        m.put("preferredName", d.preferredName());
        m.put("sex", label(d.sex()));
        m.put("genderIdentity", label(d.genderIdentity()));
        m.put("dateOfBirth", string(d.dateOfBirth()));
        m.put("expectedDateOfBirth", string(d.expectedDateOfBirth()));
        m.put("ethnicity", label(d.ethnicity()));
        m.put("religion", label(d.religion()));
        m.put("firstLanguage", label(d.firstLanguage()));
        m.put("interpreterNeeded", d.interpreterNeeded() ? "Yes" : "No");
        m.put("disabilities", d.disabilities().isEmpty() ? null
                : d.disabilities().stream().sorted().map(Disability::label).collect(Collectors.joining(", ")));
        m.put("upn", string(d.upn()));
        m.put("upnUnknownReason", label(d.upnUnknownReason()));
        m.put("nhsNumber", string(d.nhsNumber()));
        m.put("unaccompaniedAsylumSeekingChild", d.unaccompaniedAsylumSeekingChild() ? "Yes" : "No");
        m.put("immigrationStatus", label(d.immigrationStatus()));
        m.put("dateOfDeath", string(d.dateOfDeath()));
        m.put("responsibleTeamId", string(d.responsibleTeamId()));
        m.put("restricted", d.restricted() ? "Yes" : "No");
        m.put("restrictedReason", d.restrictedReason());
        return m;
    }

    private static List<FieldChange> describeAddress(NewAddress a) {
        return List.of(new FieldChange("line1", null, a.line1()), new FieldChange("line2", null, a.line2()),
                new FieldChange("town", null, a.town()), new FieldChange("postcode", null, a.postcode().value()),
                new FieldChange("startDate", null, a.startDate().toString()));
    }

    private static String label(CodeList value) {
        return value == null ? null : value.label();
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }

    private String actor() {
        return access.currentUser().map(SignedInUser::username).orElse("system");
    }
}
