package uk.opencsc.people;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.opencsc.access.ReadScope;
import uk.opencsc.platform.validation.CodeList;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The people module's tables, read and written with SQL. Searches are limited to a {@link ReadScope} in the SQL itself. */
@Repository
class PersonRepository {

    static final int SEARCH_LIMIT = 50;

    private static final String PERSON_COLUMNS = """
            p.id, p.local_id, p.first_name, p.middle_names, p.last_name, p.preferred_name, p.sex, p.gender_identity,
            p.date_of_birth, p.expected_date_of_birth, p.ethnicity, p.religion, p.first_language, p.interpreter_needed,
            p.upn, p.upn_unknown_reason, p.nhs_number, p.uasc, p.immigration_status, p.date_of_death,
            p.responsible_team_id, p.restricted, p.restricted_reason, p.version, p.created_at, p.created_by, p.updated_at, p.updated_by""";

    private final JdbcClient jdbc;

    PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String nextLocalId() {
        return LocalId.generated(jdbc.sql("select nextval('person_local_id_seq')").query(Long.class).single());
    }

    void insert(UUID id, String localId, PersonDetails d, String actor) {
        jdbc.sql("""
                        insert into person (id, local_id, first_name, middle_names, last_name, preferred_name, sex, gender_identity,
                            date_of_birth, expected_date_of_birth, ethnicity, religion, first_language, interpreter_needed, upn,
                            upn_unknown_reason, nhs_number, uasc, immigration_status, date_of_death, responsible_team_id, restricted,
                            restricted_reason, search_name, first_name_soundex, last_name_soundex, created_by, updated_by)
                        values (:id, :localId, :first, :middle, :last, :preferred, :sex, :gender, :dob, :edob, :ethnicity, :religion,
                            :language, :interpreter, :upn, :upnUnknown, :nhs, :uasc, :immigration, :dod, :team, :restricted,
                            :restrictedReason, :searchName, :firstSoundex, :lastSoundex, :actor, :actor)""")
                .params(detailParams(d, List.of()))
                .param("id", id).param("localId", localId).param("actor", actor)
                .update();
        replaceDisabilities(id, d.disabilities());
    }

    /** @return false when the row's version is no longer {@code version}: someone saved it meanwhile */
    boolean update(UUID id, int version, PersonDetails d, List<String> otherNames, String actor) {
        int rows = jdbc.sql("""
                        update person set first_name = :first, middle_names = :middle, last_name = :last, preferred_name = :preferred,
                            sex = :sex, gender_identity = :gender, date_of_birth = :dob, expected_date_of_birth = :edob,
                            ethnicity = :ethnicity, religion = :religion, first_language = :language, interpreter_needed = :interpreter,
                            upn = :upn, upn_unknown_reason = :upnUnknown, nhs_number = :nhs, uasc = :uasc,
                            immigration_status = :immigration, date_of_death = :dod, responsible_team_id = :team,
                            restricted = :restricted, restricted_reason = :restrictedReason, search_name = :searchName,
                            first_name_soundex = :firstSoundex, last_name_soundex = :lastSoundex,
                            version = version + 1, updated_at = now(), updated_by = :actor
                        where id = :id and version = :version""")
                .params(detailParams(d, otherNames))
                .param("id", id).param("version", version).param("actor", actor)
                .update();
        if (rows == 1) {
            replaceDisabilities(id, d.disabilities());
        }
        return rows == 1;
    }

    Optional<StoredPerson> find(UUID id) {
        return jdbc.sql("select " + PERSON_COLUMNS + " from person p where p.id = :id").param("id", id)
                .query((rs, n) -> stored(rs, disabilities(id))).optional();
    }

    List<UUID> heldByTeam(UUID teamId) {
        return jdbc.sql("select id from person where responsible_team_id = :team").param("team", teamId).query(UUID.class).list();
    }

    Optional<StoredPerson> findByLocalId(String localId) {
        return jdbc.sql("select " + PERSON_COLUMNS + " from person p where upper(p.local_id) = upper(:localId)")
                .param("localId", localId.trim())
                .query((rs, n) -> stored(rs, Set.of())).optional();
    }

    private Set<Disability> disabilities(UUID personId) {
        Set<Disability> disabilities = EnumSet.noneOf(Disability.class);
        disabilities.addAll(jdbc.sql("select disability from person_disability where person_id = :id").param("id", personId)
                .query((rs, n) -> Disability.of(rs.getString(1))).list());
        return disabilities;
    }

    private void replaceDisabilities(UUID personId, Set<Disability> disabilities) {
        jdbc.sql("delete from person_disability where person_id = :id").param("id", personId).update();
        for (Disability d : disabilities) {
            jdbc.sql("insert into person_disability (person_id, disability) values (:id, :d)").param("id", personId).param("d", d.code()).update();
        }
    }

    // --- other names

    List<OtherName> otherNames(UUID personId) {
        return jdbc.sql("""
                        select id, kind, first_name, middle_names, last_name, used_until from person_name
                        where person_id = :id order by kind, used_until desc nulls last, created_at desc""")
                .param("id", personId)
                .query((rs, n) -> new OtherName(rs.getObject("id", UUID.class), NameKind.of(rs.getString("kind")),
                        rs.getString("first_name"), rs.getString("middle_names"), rs.getString("last_name"),
                        rs.getObject("used_until", LocalDate.class)))
                .list();
    }

    void insertOtherName(UUID personId, NameKind kind, String first, String middle, String last, LocalDate usedUntil, String actor) {
        jdbc.sql("""
                        insert into person_name (id, person_id, kind, first_name, middle_names, last_name, used_until, search_name, created_by, updated_by)
                        values (:id, :person, :kind, :first, :middle, :last, :until, :searchName, :actor, :actor)""")
                .param("id", UUID.randomUUID()).param("person", personId).param("kind", kind.code())
                .param("first", first).param("middle", middle).param("last", last).param("until", usedUntil)
                .param("searchName", NameKeys.searchName(first, middle, last, null)).param("actor", actor)
                .update();
    }

    // --- addresses

    List<Address> addresses(UUID personId) {
        return jdbc.sql("""
                        select id, person_id, line1, line2, town, postcode, start_date, end_date, version from address
                        where person_id = :id order by end_date desc nulls first, start_date desc""")
                .param("id", personId)
                .query((rs, n) -> new Address(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                        rs.getString("line1"), rs.getString("line2"), rs.getString("town"), rs.getString("postcode"),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class), rs.getInt("version")))
                .list();
    }

    /** @param endExclusive null for the person's current address */
    UUID insertAddress(UUID personId, NewAddress a, LocalDate endExclusive, String actor) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into address (id, person_id, line1, line2, town, postcode, start_date, end_date, created_by, updated_by)
                        values (:id, :person, :line1, :line2, :town, :postcode, :start, :end, :actor, :actor)""")
                .param("id", id).param("person", personId).param("line1", a.line1()).param("line2", a.line2())
                .param("town", a.town()).param("postcode", a.postcode().value()).param("start", a.startDate())
                .param("end", endExclusive).param("actor", actor)
                .update();
        return id;
    }

    /** @return false when the address changed meanwhile */
    boolean endAddress(UUID addressId, int version, LocalDate endDate, String actor) {
        return jdbc.sql("""
                        update address set end_date = :end, version = version + 1, updated_at = now(), updated_by = :actor
                        where id = :id and version = :version and end_date is null""")
                .param("id", addressId).param("version", version).param("end", endDate).param("actor", actor).update() == 1;
    }

    // --- relationships

    /** Relationships read from {@code personId}'s record, with whether the reader may see each related person. */
    List<Relationship> relationships(UUID personId, ReadScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", personId);
        return jdbc.sql("""
                        select r.id, r.pair_id, r.person_id, r.type, r.related_person_id, r.start_date, r.end_date, r.version,
                               p.local_id, p.first_name, p.last_name, p.date_of_birth, (%s) as visible
                        from relationship r join person p on p.id = r.related_person_id
                        where r.person_id = :id order by r.end_date desc nulls first, r.type, p.date_of_birth"""
                        .formatted(scopeCondition(scope, params)))
                .params(params)
                .query((rs, n) -> new Relationship(rs.getObject("id", UUID.class), rs.getObject("pair_id", UUID.class),
                        rs.getObject("person_id", UUID.class), RelationshipType.of(rs.getString("type")),
                        rs.getObject("related_person_id", UUID.class), rs.getString("local_id"),
                        rs.getString("first_name") + " " + rs.getString("last_name"), rs.getObject("date_of_birth", LocalDate.class),
                        rs.getBoolean("visible"), rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                        rs.getInt("version")))
                .list();
    }

    boolean hasCurrentRelationship(UUID personId, UUID relatedId, RelationshipType type) {
        return jdbc.sql("""
                        select count(*) from relationship where person_id = :p and related_person_id = :r and type = :t and end_date is null""")
                .param("p", personId).param("r", relatedId).param("t", type.code()).query(Long.class).single() > 0;
    }

    /** Records the relationship and its inverse as one pair. */
    UUID insertRelationshipPair(UUID personId, RelationshipType type, UUID relatedId, LocalDate startDate, String actor) {
        UUID pair = UUID.randomUUID();
        String sql = """
                insert into relationship (id, pair_id, person_id, related_person_id, type, start_date, created_by, updated_by)
                values (:id, :pair, :person, :related, :type, :start, :actor, :actor)""";
        jdbc.sql(sql).param("id", UUID.randomUUID()).param("pair", pair).param("person", personId).param("related", relatedId)
                .param("type", type.code()).param("start", startDate).param("actor", actor).update();
        jdbc.sql(sql).param("id", UUID.randomUUID()).param("pair", pair).param("person", relatedId).param("related", personId)
                .param("type", type.inverse().code()).param("start", startDate).param("actor", actor).update();
        return pair;
    }

    /** Ends both halves of the pair; @return false when the relationship changed meanwhile or had ended */
    boolean endRelationshipPair(UUID relationshipId, int version, LocalDate endDate, String actor) {
        UUID pair = jdbc.sql("select pair_id from relationship where id = :id and version = :version and end_date is null")
                .param("id", relationshipId).param("version", version).query(UUID.class).optional().orElse(null);
        if (pair == null) {
            return false;
        }
        jdbc.sql("""
                        update relationship set end_date = :end, version = version + 1, updated_at = now(), updated_by = :actor
                        where pair_id = :pair and end_date is null""")
                .param("pair", pair).param("end", endDate).param("actor", actor).update();
        return true;
    }

    // --- search

    /** A search result row: enough to tell children apart without opening the record. */
    record Found(UUID id, String localId, String firstName, String lastName, String preferredName, LocalDate dateOfBirth,
                 LocalDate expectedDateOfBirth, Sex sex, String postcode, boolean restricted, LocalDate dateOfDeath) {
    }

    /**
     * Persons matching every given term, within the scope. The name matches word by word: each word
     * typed must be trigram-similar to a word of the person's names (current, former or also known as)
     * or sound like (Soundex) their first or last name.
     */
    List<Found> search(SearchCriteria criteria, ReadScope scope) {
        SqlQuery query = searchQuery(criteria, scope);
        return jdbc.sql(query.sql()).params(query.params()).query(this::found).list();
    }

    /** SQL and its parameters, apart so the search's plan can be examined (EXPLAIN) as it runs. */
    record SqlQuery(String sql, Map<String, Object> params) {
    }

    static SqlQuery searchQuery(SearchCriteria criteria, ReadScope scope) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>();
        where.add("(" + scopeCondition(scope, params) + ")");
        String order = "p.last_name, p.first_name, p.date_of_birth";
        if (criteria.name() != null) {
            List<String> words = List.of(NameKeys.fold(criteria.name()).split(" "));
            for (int i = 0; i < words.size(); i++) {
                params.put("word" + i, words.get(i));
                params.put("soundex" + i, NameKeys.soundex(words.get(i)));
                where.add("(:word%1$d <%% p.search_name or p.last_name_soundex = :soundex%1$d or p.first_name_soundex = :soundex%1$d)".formatted(i));
            }
            params.put("name", NameKeys.fold(criteria.name()));
            order = "word_similarity(:name, p.search_name) desc, " + order;
        }
        if (criteria.dateOfBirth() != null) {
            where.add("(p.date_of_birth = :dob or p.expected_date_of_birth = :dob)");
            params.put("dob", criteria.dateOfBirth());
        }
        if (criteria.nhsNumber() != null) {
            where.add("p.nhs_number = :nhs");
            params.put("nhs", criteria.nhsNumber().value());
        }
        if (criteria.upn() != null) {
            where.add("p.upn = :upn");
            params.put("upn", criteria.upn().value());
        }
        if (criteria.localId() != null) {
            where.add("upper(p.local_id) = upper(:localId)");
            params.put("localId", criteria.localId());
        }
        params.put("limit", SEARCH_LIMIT);
        return new SqlQuery(searchSql(String.join("\n  and ", where), order), params);
    }

    private static String searchSql(String where, String order) {
        return """
                select p.id, p.local_id, p.first_name, p.last_name, p.preferred_name, p.date_of_birth, p.expected_date_of_birth,
                       p.sex, p.restricted, p.date_of_death,
                       (select a.postcode from address a where a.person_id = p.id and a.end_date is null) as postcode
                from person p
                where %s
                order by %s
                limit :limit""".formatted(where, order);
    }

    /** Persons who may be the same as {@code candidate}, found by date of birth, NHS number or UPN, within the scope. */
    List<StoredPerson> sameBirthDateOrIdentifiers(PersonDetails candidate, ReadScope scope) {
        Map<String, Object> params = new HashMap<>();
        List<String> any = new ArrayList<>();
        if (candidate.dateOfBirth() != null) {
            any.add("p.date_of_birth = :dob");
            params.put("dob", candidate.dateOfBirth());
        } else {
            any.add("p.expected_date_of_birth = :edob");
            params.put("edob", candidate.expectedDateOfBirth());
        }
        if (candidate.nhsNumber() != null) {
            any.add("p.nhs_number = :nhs");
            params.put("nhs", candidate.nhsNumber().value());
        }
        if (candidate.upn() != null) {
            any.add("p.upn = :upn");
            params.put("upn", candidate.upn().value());
        }
        String sql = "select " + PERSON_COLUMNS + " from person p where (" + scopeCondition(scope, params) + ") and ("
                + String.join(" or ", any) + ") order by p.last_name limit 200";
        return jdbc.sql(sql).params(params).query((rs, n) -> stored(rs, Set.of())).list();
    }

    /**
     * The {@link ReadScope} as SQL over {@code p}:
     * {@code (not restricted and (all or team in teams)) or id in granted}. Adds its parameters to {@code params}.
     */
    static String scopeCondition(ReadScope scope, Map<String, Object> params) {
        List<String> any = new ArrayList<>();
        if (scope.all()) {
            any.add("not p.restricted");
        } else if (!scope.teamIds().isEmpty()) {
            any.add("(not p.restricted and p.responsible_team_id in (:scopeTeams))");
            params.put("scopeTeams", scope.teamIds());
        }
        if (!scope.grantedRestricted().isEmpty()) {
            any.add("p.id in (:scopeGranted)");
            params.put("scopeGranted", scope.grantedRestricted());
        }
        return any.isEmpty() ? "false" : String.join(" or ", any);
    }

    long count() {
        return jdbc.sql("select count(*) from person").query(Long.class).single();
    }

    private Found found(ResultSet rs, int n) throws SQLException {
        return new Found(rs.getObject("id", UUID.class), rs.getString("local_id"), rs.getString("first_name"), rs.getString("last_name"),
                rs.getString("preferred_name"), rs.getObject("date_of_birth", LocalDate.class),
                rs.getObject("expected_date_of_birth", LocalDate.class), Sex.of(rs.getString("sex")), rs.getString("postcode"),
                rs.getBoolean("restricted"), rs.getObject("date_of_death", LocalDate.class));
    }

    private static StoredPerson stored(ResultSet rs, Set<Disability> disabilities) throws SQLException {
        PersonDetails d = new PersonDetails(rs.getString("first_name"), rs.getString("middle_names"), rs.getString("last_name"),
                rs.getString("preferred_name"), Sex.of(rs.getString("sex")), CodeList.fromOptionalCode(GenderIdentity.class, "genderIdentity", rs.getString("gender_identity")),
                rs.getObject("date_of_birth", LocalDate.class), rs.getObject("expected_date_of_birth", LocalDate.class),
                Ethnicity.of(rs.getString("ethnicity")), CodeList.fromOptionalCode(Religion.class, "religion", rs.getString("religion")),
                CodeList.fromOptionalCode(Language.class, "firstLanguage", rs.getString("first_language")), rs.getBoolean("interpreter_needed"),
                disabilities,
                rs.getString("upn") == null ? null : new UniquePupilNumber(rs.getString("upn")),
                CodeList.fromOptionalCode(UpnUnknownReason.class, "upnUnknownReason", rs.getString("upn_unknown_reason")),
                rs.getString("nhs_number") == null ? null : new NhsNumber(rs.getString("nhs_number")),
                rs.getBoolean("uasc"), CodeList.fromOptionalCode(ImmigrationStatus.class, "immigrationStatus", rs.getString("immigration_status")),
                rs.getObject("date_of_death", LocalDate.class), rs.getObject("responsible_team_id", UUID.class),
                rs.getBoolean("restricted"), rs.getString("restricted_reason"));
        return new StoredPerson(rs.getObject("id", UUID.class), rs.getString("local_id"), d, rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("created_by"),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getString("updated_by"));
    }

    private static Map<String, Object> detailParams(PersonDetails d, List<String> otherNames) {
        Map<String, Object> p = new HashMap<>();
        p.put("first", d.firstName());
        p.put("middle", d.middleNames());
        p.put("last", d.lastName());
        p.put("preferred", d.preferredName());
        p.put("sex", d.sex().code());
        p.put("gender", code(d.genderIdentity()));
        p.put("dob", d.dateOfBirth());
        p.put("edob", d.expectedDateOfBirth());
        p.put("ethnicity", d.ethnicity().code());
        p.put("religion", code(d.religion()));
        p.put("language", code(d.firstLanguage()));
        p.put("interpreter", d.interpreterNeeded());
        p.put("upn", d.upn() == null ? null : d.upn().value());
        p.put("upnUnknown", code(d.upnUnknownReason()));
        p.put("nhs", d.nhsNumber() == null ? null : d.nhsNumber().value());
        p.put("uasc", d.unaccompaniedAsylumSeekingChild());
        p.put("immigration", code(d.immigrationStatus()));
        p.put("dod", d.dateOfDeath());
        p.put("team", d.responsibleTeamId());
        p.put("restricted", d.restricted());
        p.put("restrictedReason", d.restrictedReason());
        // former and also-known-as names join the trigram key so a search by an old name still finds the child
        String searchName = NameKeys.searchName(d.firstName(), d.middleNames(), d.lastName(), d.preferredName());
        for (String other : otherNames) {
            searchName = searchName + " " + NameKeys.fold(other);
        }
        p.put("searchName", searchName.trim());
        p.put("firstSoundex", NameKeys.soundex(d.firstName()));
        p.put("lastSoundex", NameKeys.soundex(d.lastName()));
        return p;
    }

    private static String code(CodeList value) {
        return value == null ? null : value.code();
    }
}
