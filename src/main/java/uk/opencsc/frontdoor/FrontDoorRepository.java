package uk.opencsc.frontdoor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.opencsc.platform.database.RowsByPerson;
import uk.opencsc.platform.validation.CodeList;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The front door's tables: contact, referral, early_help_episode. Updates name the version read (optimistic locking). */
@Repository
class FrontDoorRepository {

    private static final String CONTACT_COLUMNS = """
            id, person_id, received_on, received_time, source, contact_name, contact_agency, reason, consent, consent_note,
            childs_voice, decision, decided_on, decided_time, rationale, decided_by, version, updated_at, updated_by""";
    private static final String REFERRAL_COLUMNS = """
            id, person_id, contact_id, referral_date, source, primary_need, no_further_action, closure_date, reason_for_closure,
            version, updated_at, updated_by""";
    private static final String EARLY_HELP_COLUMNS = """
            id, person_id, contact_id, stepped_down_from, start_date, lead_organisation, worker_name, reason, end_date,
            end_reason, stepped_up_to, version, updated_at, updated_by""";

    private final JdbcClient jdbc;

    FrontDoorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertContact(UUID id, NewContact c, String actor) {
        jdbc.sql("""
                insert into contact (id, person_id, received_on, received_time, source, contact_name, contact_agency, reason,
                    consent, consent_note, childs_voice, created_by, updated_by)
                values (:id, :person, :on, :time, :source, :name, :agency, :reason, :consent, :note, :voice, :actor, :actor)""")
                .param("id", id).param("person", c.personId()).param("on", c.receivedAt().toLocalDate())
                .param("time", c.receivedAt().toLocalTime()).param("source", c.source().code())
                .param("name", c.contactName().trim()).param("agency", trimmed(c.contactAgency()))
                .param("reason", c.reason().trim()).param("consent", c.consent().code())
                .param("note", trimmed(c.consentNote())).param("voice", trimmed(c.childsVoice())).param("actor", actor)
                .update();
    }

    /** @return false when the contact's version is no longer {@code version} */
    boolean decide(UUID id, int version, ContactDecision d, String actor) {
        return jdbc.sql("""
                update contact set decision = :decision, decided_on = :on, decided_time = :time, rationale = :rationale,
                    decided_by = :actor, version = version + 1, updated_at = now(), updated_by = :actor
                where id = :id and version = :version""")
                .param("decision", d.outcome().code()).param("on", d.decidedAt().toLocalDate())
                .param("time", d.decidedAt().toLocalTime()).param("rationale", d.rationale().trim())
                .param("actor", actor).param("id", id).param("version", version).update() == 1;
    }

    Optional<Contact> contact(UUID id) {
        return jdbc.sql("select " + CONTACT_COLUMNS + " from contact where id = :id").param("id", id)
                .query(FrontDoorRepository::contact).optional();
    }

    List<Contact> contactsOf(UUID personId) {
        return RowsByPerson.of(contactsOf(List.of(personId)), personId);
    }

    Map<UUID, List<Contact>> contactsOf(Collection<UUID> personIds) {
        return RowsByPerson.query(jdbc, "select " + CONTACT_COLUMNS
                + " from contact where person_id = any(:persons) order by received_on desc, received_time desc",
                personIds, FrontDoorRepository::contact);
    }

    void insertReferral(UUID id, UUID personId, UUID contactId, LocalDate date, ReferralSource source, PrimaryNeed need, String actor) {
        jdbc.sql("""
                insert into referral (id, person_id, contact_id, referral_date, source, primary_need, created_by, updated_by)
                values (:id, :person, :contact, :date, :source, :need, :actor, :actor)""")
                .param("id", id).param("person", personId).param("contact", contactId).param("date", date)
                .param("source", source.code()).param("need", need == null ? null : need.code()).param("actor", actor).update();
    }

    boolean closeReferral(UUID id, int version, LocalDate closureDate, ReasonForClosure reason, boolean nfa, PrimaryNeed need, String actor) {
        return jdbc.sql("""
                update referral set closure_date = :date, reason_for_closure = :reason, no_further_action = :nfa,
                    primary_need = coalesce(:need, primary_need), version = version + 1, updated_at = now(), updated_by = :actor
                where id = :id and version = :version""")
                .param("date", closureDate).param("reason", reason.code()).param("nfa", nfa)
                .param("need", need == null ? null : need.code()).param("actor", actor)
                .param("id", id).param("version", version).update() == 1;
    }

    Optional<Referral> referral(UUID id) {
        return jdbc.sql("select " + REFERRAL_COLUMNS + " from referral where id = :id").param("id", id)
                .query(FrontDoorRepository::referral).optional();
    }

    List<Referral> referralsOf(UUID personId) {
        return RowsByPerson.of(referralsOf(List.of(personId)), personId);
    }

    Map<UUID, List<Referral>> referralsOf(Collection<UUID> personIds) {
        return RowsByPerson.query(jdbc, "select " + REFERRAL_COLUMNS
                + " from referral where person_id = any(:persons) order by referral_date desc",
                personIds, FrontDoorRepository::referral);
    }

    /** For each child with a CIN episode open on {@code date}, the earliest such episode's referral date. */
    Map<UUID, LocalDate> openEpisodeStarts(LocalDate date) {
        Map<UUID, LocalDate> starts = new HashMap<>();
        jdbc.sql("""
                        select person_id, min(referral_date) from referral
                        where referral_date <= :d and (closure_date is null or closure_date >= :d)
                        group by person_id""")
                .param("d", date)
                .query(rs -> {
                    starts.put(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class));
                });
        return starts;
    }


    void insertEarlyHelp(UUID id, UUID personId, UUID contactId, UUID steppedDownFrom, LocalDate start, String lead,
                         String worker, String reason, String actor) {
        jdbc.sql("""
                insert into early_help_episode (id, person_id, contact_id, stepped_down_from, start_date, lead_organisation,
                    worker_name, reason, created_by, updated_by)
                values (:id, :person, :contact, :down, :start, :lead, :worker, :reason, :actor, :actor)""")
                .param("id", id).param("person", personId).param("contact", contactId).param("down", steppedDownFrom)
                .param("start", start).param("lead", lead.trim()).param("worker", trimmed(worker)).param("reason", reason.trim())
                .param("actor", actor).update();
    }

    boolean endEarlyHelp(UUID id, int version, LocalDate end, EarlyHelpEndReason reason, UUID steppedUpTo, String actor) {
        return jdbc.sql("""
                update early_help_episode set end_date = :end, end_reason = :reason, stepped_up_to = :up,
                    version = version + 1, updated_at = now(), updated_by = :actor
                where id = :id and version = :version""")
                .param("end", end).param("reason", reason.code()).param("up", steppedUpTo).param("actor", actor)
                .param("id", id).param("version", version).update() == 1;
    }

    Optional<EarlyHelpEpisode> earlyHelp(UUID id) {
        return jdbc.sql("select " + EARLY_HELP_COLUMNS + " from early_help_episode where id = :id").param("id", id)
                .query(FrontDoorRepository::earlyHelp).optional();
    }

    List<EarlyHelpEpisode> earlyHelpOf(UUID personId) {
        return jdbc.sql("select " + EARLY_HELP_COLUMNS + " from early_help_episode where person_id = :p order by start_date desc")
                .param("p", personId).query(FrontDoorRepository::earlyHelp).list();
    }

    private static Contact contact(ResultSet rs, int n) throws SQLException {
        String decision = rs.getString("decision");
        ContactDecision d = decision == null ? null : new ContactDecision(ContactOutcome.of(decision),
                rs.getObject("decided_on", LocalDate.class).atTime(rs.getObject("decided_time", LocalTime.class)),
                rs.getString("rationale"));
        return new Contact(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getObject("received_on", LocalDate.class).atTime(rs.getObject("received_time", LocalTime.class)),
                ReferralSource.of(rs.getString("source")), rs.getString("contact_name"), rs.getString("contact_agency"),
                rs.getString("reason"), Consent.of(rs.getString("consent")), rs.getString("consent_note"),
                rs.getString("childs_voice"), d, rs.getString("decided_by"), rs.getInt("version"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }

    private static Referral referral(ResultSet rs, int n) throws SQLException {
        return new Referral(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getObject("contact_id", UUID.class), rs.getObject("referral_date", LocalDate.class),
                ReferralSource.of(rs.getString("source")),
                CodeList.fromOptionalCode(PrimaryNeed.class, "primaryNeed", rs.getString("primary_need")),
                rs.getBoolean("no_further_action"), rs.getObject("closure_date", LocalDate.class),
                CodeList.fromOptionalCode(ReasonForClosure.class, "reasonForClosure", rs.getString("reason_for_closure")),
                rs.getInt("version"), instant(rs.getTimestamp("updated_at")), rs.getString("updated_by"));
    }

    private static EarlyHelpEpisode earlyHelp(ResultSet rs, int n) throws SQLException {
        return new EarlyHelpEpisode(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getObject("contact_id", UUID.class), rs.getObject("stepped_down_from", UUID.class),
                rs.getObject("start_date", LocalDate.class), rs.getString("lead_organisation"), rs.getString("worker_name"),
                rs.getString("reason"), rs.getObject("end_date", LocalDate.class),
                CodeList.fromOptionalCode(EarlyHelpEndReason.class, "endReason", rs.getString("end_reason")),
                rs.getObject("stepped_up_to", UUID.class), rs.getInt("version"), instant(rs.getTimestamp("updated_at")),
                rs.getString("updated_by"));
    }

    private static java.time.Instant instant(Timestamp t) {
        return t.toInstant();
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
