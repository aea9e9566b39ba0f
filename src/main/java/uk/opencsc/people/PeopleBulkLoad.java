package uk.opencsc.people;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.audit.RecordChanged.FieldChange;
import uk.opencsc.audit.RecordChanged;
import uk.opencsc.platform.validation.CodeList;
import uk.opencsc.platform.validation.FieldProblem;
import uk.opencsc.platform.validation.InvalidValueException;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
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

    /** Rows written by COPY per round trip. */
    private static final int CHUNK = 10_000;

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
        // the connection of this transaction, unwrapped to pgjdbc's own for its COPY API

        StringBuilder personRows = new StringBuilder(), disabilityRows = new StringBuilder(),
                addressRows = new StringBuilder(), relationshipRows = new StringBuilder();
        int addresses = 0, relationships = 0;
        // a pair given from both ends (A PARENT_OF B, and B CHILD_OF A) is recorded once
        Set<String> pairs = new HashSet<>();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (int i = 0; i < persons.size(); i++) {
                NewPerson p = persons.get(i);
                UUID id = ids.get(localIds.get(i));
                PersonDetails d = p.details();
                row(personRows, id, localIds.get(i), d.firstName(), d.middleNames(), d.lastName(), d.preferredName(),
                        d.sex().code(), code(d.genderIdentity()), d.dateOfBirth(), d.expectedDateOfBirth(), d.ethnicity().code(),
                        code(d.religion()), code(d.firstLanguage()), d.interpreterNeeded(), d.upn(), code(d.upnUnknownReason()),
                        d.nhsNumber(), d.unaccompaniedAsylumSeekingChild(), code(d.immigrationStatus()), d.dateOfDeath(),
                        d.responsibleTeamId(), d.restricted(), d.restrictedReason(),
                        NameKeys.searchName(d.firstName(), d.middleNames(), d.lastName(), d.preferredName()),
                        NameKeys.soundex(d.firstName()), NameKeys.soundex(d.lastName()), actor, actor);
                for (Disability disability : d.disabilities()) {
                    row(disabilityRows, id, disability.code());
                }
                NewAddress a = p.currentAddress();
                if (a != null) {
                    row(addressRows, UUID.randomUUID(), id, a.line1(), a.line2(), a.town(), a.postcode(), a.startDate(), actor, actor);
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
                    row(relationshipRows, UUID.randomUUID(), pair, id, other, r.type().code(), r.startDate(), actor, actor);
                    row(relationshipRows, UUID.randomUUID(), pair, other, id, r.type().inverse().code(), r.startDate(), actor, actor);
                    relationships++;
                }
                if ((i + 1) % CHUNK == 0) {
                    flushPersons(copy, personRows, disabilityRows);
                }
            }
            // persons first: addresses and relationships refer to them
            flushPersons(copy, personRows, disabilityRows);
            flush(copy, "address (id, person_id, line1, line2, town, postcode, start_date, created_by, updated_by)", addressRows);
            flush(copy, "relationship (id, pair_id, person_id, related_person_id, type, start_date, created_by, updated_by)", relationshipRows);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Bulk load of persons failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
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

    private void flushPersons(CopyManager copy, StringBuilder personRows, StringBuilder disabilityRows) throws SQLException, IOException {
        flush(copy, """
                person (id, local_id, first_name, middle_names, last_name, preferred_name, sex, gender_identity, date_of_birth,
                expected_date_of_birth, ethnicity, religion, first_language, interpreter_needed, upn, upn_unknown_reason, nhs_number,
                uasc, immigration_status, date_of_death, responsible_team_id, restricted, restricted_reason, search_name,
                first_name_soundex, last_name_soundex, created_by, updated_by)""", personRows);
        flush(copy, "person_disability (person_id, disability)", disabilityRows);
    }

    private static void flush(CopyManager copy, String tableAndColumns, StringBuilder rows) throws SQLException, IOException {
        if (rows.isEmpty()) {
            return;
        }
        copy.copyIn("copy " + tableAndColumns + " from stdin with (format csv)", new StringReader(rows.toString()));
        rows.setLength(0);
    }

    /** One CSV row: null is an unquoted empty field (COPY's NULL), every other value is quoted. */
    private static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) out.append(',');
            Object v = values[i];
            if (v != null) {
                out.append('"').append(v.toString().replace("\"", "\"\"")).append('"');
            }
        }
        out.append('\n');
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
