package uk.opencsc.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Children known to the record only from a statutory return loaded into it (a CIN census import): finding them by the
 * return's identifiers, and the details a new one is recorded with. The return carries no names, so the name says so
 * and holds the return's ID, for a worker to correct; everything else is what the return says. Persons are then loaded
 * with {@link PeopleBulkLoad}.
 */
@Service
public class PersonsFromReturns {

    /** The first name of a child recorded from a return, which has none; the last name carries the return's ID. */
    public static final String NAME_NOT_KNOWN = "Name not known";

    private final JdbcClient jdbc;

    PersonsFromReturns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The record ids of the persons with these unique pupil numbers; numbers not recorded (or held twice) are absent. */
    public Map<String, UUID> idsOfUpns(Collection<String> upns) {
        Map<String, UUID> ids = new HashMap<>(upns.size() * 2);
        jdbc.sql("select upn, min(id::text)::uuid from person where upn = any(:upns) group by upn having count(*) = 1")
                .param("upns", upns.toArray(String[]::new))
                .query(rs -> {
                    ids.put(rs.getString(1), rs.getObject(2, UUID.class));
                });
        return ids;
    }

    /**
     * A child as a return describes them, named "Name not known (CIN census {@code returnId})".
     *
     * @throws uk.opencsc.platform.validation.InvalidValueException naming the first field that breaks
     *                                                             {@link PersonDetails}' rules
     */
    public static PersonDetails unnamed(String returnName, String returnId, Sex sex, LocalDate dateOfBirth, LocalDate expectedDateOfBirth,
                                        Ethnicity ethnicity, Set<Disability> disabilities, UniquePupilNumber upn,
                                        UpnUnknownReason upnUnknownReason, LocalDate dateOfDeath, UUID responsibleTeamId) {
        return new PersonDetails(NAME_NOT_KNOWN, null, "(" + returnName + " " + returnId + ")", null, sex, null, dateOfBirth,
                expectedDateOfBirth, ethnicity, null, null, false, disabilities, upn, upnUnknownReason, null, false, null,
                dateOfDeath, responsibleTeamId, false, null);
    }
}
