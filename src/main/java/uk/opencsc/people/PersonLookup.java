package uk.opencsc.people;

import uk.opencsc.platform.database.UuidArray;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.opencsc.access.RecordAccess;
import uk.opencsc.access.RecordFacts;
import uk.opencsc.platform.web.NotFoundException;
import uk.opencsc.platform.web.NotPermittedException;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What other modules (the front door, later the journey modules) need to know of a person they record
 * things about, without reading the people module's tables: the name to show, the date of birth the
 * timescales use and the facts access decisions need. {@link #find} and {@link #findAll} do not check access or
 * audit: the caller does, with {@link PersonSummary#facts()}; {@link #readable} and {@link #writable} check it.
 */
@Service
public class PersonLookup {

    private final PersonRepository repository;
    private final JdbcClient jdbc;
    private final RecordAccess access;

    PersonLookup(PersonRepository repository, JdbcClient jdbc, RecordAccess access) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.access = access;
    }

    /**
     * @param dateOfBirth null for an unborn child (then {@code expectedDateOfBirth} is set) or when not known
     */
    public record PersonSummary(UUID id, String localId, String displayName, LocalDate dateOfBirth,
                                LocalDate expectedDateOfBirth, RecordFacts facts) {
    }

    /** @return the person, or empty when no person has this id */
    public Optional<PersonSummary> find(UUID id) {
        return repository.find(id).map(PersonLookup::summary);
    }

    /**
     * The person whose record the signed-in user may read, for a module's form or page. Not audited as a view: the
     * page that shows the record audits it.
     *
     * @throws NotFoundException     when no person has this id
     * @throws NotPermittedException when the user may not read the record (the refusal is audited)
     */
    public PersonSummary readable(UUID id) {
        PersonSummary person = find(id).orElseThrow(() -> new NotFoundException("No person " + id));
        access.checkRead(person.facts());
        return person;
    }

    /** As {@link #readable}, for a change to the record: the user must also be allowed to change it. */
    public PersonSummary writable(UUID id) {
        PersonSummary person = readable(id);
        access.checkWrite(person.facts());
        return person;
    }

    /** The persons whose records the team holds (their responsible team). */
    public List<UUID> heldByTeam(UUID teamId) {
        return repository.heldByTeam(teamId);
    }

    private static PersonSummary summary(StoredPerson p) {
        return new PersonSummary(p.id(), p.localId(), p.details().displayName(), p.details().dateOfBirth(),
                p.details().expectedDateOfBirth(), p.facts());
    }

    /** The record ids of the persons with these local IDs (exact, as loaded); local IDs not recorded are absent. */
    public Map<String, UUID> idsOfLocalIds(Collection<String> localIds) {
        Map<String, UUID> ids = new HashMap<>(localIds.size() * 2);
        jdbc.sql("select local_id, id from person where local_id = any(:ids)")
                .param("ids", localIds.toArray(String[]::new))
                .query(rs -> {
                    ids.put(rs.getString(1), rs.getObject(2, UUID.class));
                });
        return ids;
    }

    /**
     * Many persons at once, for lists (the children waiting for a worker, a caseload): as {@link #find}, in one query.
     *
     * @return the persons found by id; ids with no person are absent
     */
    public Map<UUID, PersonSummary> findAll(Collection<UUID> ids) {
        Map<UUID, PersonSummary> found = new HashMap<>(ids.size() * 2);
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        select id, local_id, first_name, last_name, preferred_name, date_of_birth, expected_date_of_birth,
                               responsible_team_id, restricted
                        from person where id = any(:ids)""")
                .param("ids", UuidArray.of(ids))
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    found.put(id, new PersonSummary(id, rs.getString("local_id"),
                            PersonDetails.displayName(rs.getString("first_name"), rs.getString("last_name"), rs.getString("preferred_name")),
                            rs.getObject("date_of_birth", LocalDate.class), rs.getObject("expected_date_of_birth", LocalDate.class),
                            new RecordFacts(id, rs.getObject("responsible_team_id", UUID.class), rs.getBoolean("restricted"))));
                });
        return found;
    }
}
