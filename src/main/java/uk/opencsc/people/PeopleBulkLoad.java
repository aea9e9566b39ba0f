package uk.opencsc.people;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.audit.RecordChanged.FieldChange;
import uk.opencsc.audit.RecordChanged;
import uk.opencsc.platform.database.CopyRows;
import uk.opencsc.platform.validation.CodeList;
import uk.opencsc.platform.validation.FieldProblem;
import uk.opencsc.platform.validation.InvalidValueException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Loads many persons at once (the synthetic local authority, a migration from another system) with
 * PostgreSQL's COPY: 60,000 persons with their addresses and relationships take seconds, where a
 * row-at-a-time insert would take minutes. The whole load is one transaction: every person is
 * checked first, and one bad person loads nothing. The load is audited as one change, not one row
 * per person.
 */
@Service
public class PeopleBulkLoad {

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PeopleBulkLoad(JdbcClient jdbc, DataSource dataSource, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** What a load wrote. */
    public record Summary(int persons, int addresses, int relationships) {
    }

    /**
     * Inserts the persons, their current addresses and their relationships (each with its inverse).
     *
     * @throws InvalidValueException naming the person (by position and local ID) and the field when a
     *                               person breaks a rule, a local ID is used twice in the load or a
     *                               relationship names a local ID that is neither in the load nor recorded;
     *                               nothing is loaded
     * @throws IllegalStateException when the database refuses a row (a local ID already recorded, a team
     *                               that does not exist), with PostgreSQL's message; nothing is loaded
     */
    @Transactional
    public Summary load(List<NewPerson> persons) {
        LocalDate today = LocalDate.now(clock);
        String actor = actor();
        List<String> localIds = assignLocalIds(persons);
        Map<String, UUID> ids = new HashMap<>(persons.size() * 2);
        for (int i = 0; i < persons.size(); i++) {
            NewPerson p = persons.get(i);
            List<FieldProblem> problems = PersonRules.datesOn(p.details(), today);
            if (!problems.isEmpty()) {
                throw problemAt(i, localIds.get(i), problems.getFirst().field(), problems.getFirst().message());
            }
            if (ids.put(localIds.get(i), UUID.randomUUID()) != null) {
                throw problemAt(i, localIds.get(i), "localId", "Local ID is used by another person in the load");
            }
        }
        Map<String, UUID> related = resolveRelated(persons, ids);
        CopyRows personRows = new CopyRows("""
                person (id, local_id, first_name, middle_names, last_name, preferred_name, sex, gender_identity, date_of_birth,
                expected_date_of_birth, ethnicity, religion, first_language, interpreter_needed, upn, upn_unknown_reason, nhs_number,
                uasc, immigration_status, date_of_death, responsible_team_id, restricted, restricted_reason, search_name,
                first_name_soundex, last_name_soundex, created_by, updated_by)""");
        CopyRows disabilityRows = new CopyRows("person_disability (person_id, disability)");
        CopyRows addressRows = new CopyRows("address (id, person_id, line1, line2, town, postcode, start_date, created_by, updated_by)");
        CopyRows relationshipRows = new CopyRows("relationship (id, pair_id, person_id, related_person_id, type, start_date, created_by, updated_by)");
        int addresses = 0, relationships = 0;
        // a pair given from both ends (A PARENT_OF B, and B CHILD_OF A) is recorded once
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i < persons.size(); i++) {
            NewPerson p = persons.get(i);
            UUID id = ids.get(localIds.get(i));
            PersonDetails d = p.details();
            personRows.add(id, localIds.get(i), d.firstName(), d.middleNames(), d.lastName(), d.preferredName(),
                    d.sex().code(), code(d.genderIdentity()), d.dateOfBirth(), d.expectedDateOfBirth(), d.ethnicity().code(),
                    code(d.religion()), code(d.firstLanguage()), d.interpreterNeeded(), d.upn(), code(d.upnUnknownReason()),
                    d.nhsNumber(), d.unaccompaniedAsylumSeekingChild(), code(d.immigrationStatus()), d.dateOfDeath(),
                    d.responsibleTeamId(), d.restricted(), d.restrictedReason(),
                    NameKeys.searchName(d.firstName(), d.middleNames(), d.lastName(), d.preferredName()),
                    NameKeys.soundex(d.firstName()), NameKeys.soundex(d.lastName()), actor, actor);
            for (Disability disability : d.disabilities()) {
                disabilityRows.add(id, disability.code());
            }
            NewAddress a = p.currentAddress();
            if (a != null) {
                addressRows.add(UUID.randomUUID(), id, a.line1(), a.line2(), a.town(), a.postcode(), a.startDate(), actor, actor);
                addresses++;
            }
            for (NewRelationship r : p.relationships()) {
                UUID other = ids.containsKey(r.relatedLocalId()) ? ids.get(r.relatedLocalId()) : related.get(r.relatedLocalId());
                if (other.equals(id)) {
                    throw problemAt(i, localIds.get(i), "relatedLocalId", "A person cannot be related to themselves");
                }
                if (!pairs.add(id + " " + r.type().code() + " " + other) || !pairs.add(other + " " + r.type().inverse().code() + " " + id)) {
                    continue;
                }
                UUID pair = UUID.randomUUID();
                relationshipRows.add(UUID.randomUUID(), pair, id, other, r.type().code(), r.startDate(), actor, actor);
                relationshipRows.add(UUID.randomUUID(), pair, other, id, r.type().inverse().code(), r.startDate(), actor, actor);
                relationships++;
            }
        }
        // persons first: addresses and relationships refer to them
        CopyRows.copyAll(dataSource, "the load of persons", personRows, disabilityRows, addressRows, relationshipRows);
        keepSequenceAhead(localIds);
        events.publishEvent(new RecordChanged("person-bulk-load", UUID.randomUUID().toString(), null, List.of(
                new FieldChange("persons", null, String.valueOf(persons.size())),
                new FieldChange("addresses", null, String.valueOf(addresses)),
                new FieldChange("relationships", null, String.valueOf(relationships)))));
        return new Summary(persons.size(), addresses, relationships);
    }

    /** How many persons are recorded, so the demo can tell whether its data is already there. */
    public long count() {
        return jdbc.sql("select count(*) from person").query(Long.class).single();
    }

    private List<String> assignLocalIds(List<NewPerson> persons) {
        int missing = (int) persons.stream().filter(p -> p.localId() == null).count();
        Iterator<Long> sequence = missing == 0 ? List.<Long>of().iterator()
                : jdbc.sql("select nextval('person_local_id_seq') from generate_series(1, :n)").param("n", missing)
                .query(Long.class).list().iterator();
        List<String> localIds = new ArrayList<>(persons.size());
        for (NewPerson p : persons) {
            localIds.add(p.localId() != null ? p.localId() : LocalId.generated(sequence.next()));
        }
        return localIds;
    }

    /** Ids of persons named by relationships but not in this load: they must already be recorded. */
    private Map<String, UUID> resolveRelated(List<NewPerson> persons, Map<String, UUID> inLoad) {
        Set<String> outside = new HashSet<>();
        persons.forEach(p -> p.relationships().forEach(r -> {
            if (!inLoad.containsKey(r.relatedLocalId())) outside.add(r.relatedLocalId());
        }));
        Map<String, UUID> found = new HashMap<>();
        if (!outside.isEmpty()) {
            jdbc.sql("select local_id, id from person where local_id in (:ids)").param("ids", outside)
                    .query((rs, n) -> found.put(rs.getString(1), rs.getObject(2, UUID.class))).list();
        }
        for (int i = 0; i < persons.size(); i++) {
            for (NewRelationship r : persons.get(i).relationships()) {
                if (!inLoad.containsKey(r.relatedLocalId()) && !found.containsKey(r.relatedLocalId())) {
                    throw problemAt(i, persons.get(i).localId(), "relatedLocalId",
                            "Related person '" + r.relatedLocalId() + "' is neither in the load nor recorded");
                }
            }
        }
        return found;
    }

    /** Supplied IDs in OpenCSC's own pattern ("P0000042") must never be generated again. */
    private void keepSequenceAhead(List<String> localIds) {
        long max = localIds.stream().filter(id -> id.matches("P\\d{1,18}")).mapToLong(id -> Long.parseLong(id.substring(1))).max().orElse(0);
        if (max > 0) {
            jdbc.sql("select setval('person_local_id_seq', greatest(:max, (select last_value from person_local_id_seq)))")
                    .param("max", max).query(Long.class).single();
        }
    }

    private static String code(CodeList value) {
        return value == null ? null : value.code();
    }

    private static InvalidValueException problemAt(int index, String localId, String field, String message) {
        return new InvalidValueException(field, "Person " + (index + 1) + (localId == null ? "" : " (" + localId + ")") + ": " + message);
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken ? "system" : auth.getName();
    }
}
