package uk.opencsc.frontdoor;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.audit.RecordChanged.FieldChange;
import uk.opencsc.audit.RecordChanged;
import uk.opencsc.platform.validation.FieldProblem;
import uk.opencsc.platform.validation.InvalidValueException;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Loads many contacts at once, with their decisions and the referrals and early help they opened (the synthetic
 * local authority, a migration), with PostgreSQL's COPY. One transaction: every contact is checked by the same
 * rules as the forms first, and one bad contact loads nothing. The load is audited as one change. No domain
 * event is published per row: a load is history, not news (a module that keeps its own copy, like a chronology,
 * reads the history through this module's API rather than tens of thousands of events).
 */
@Service
public class FrontDoorBulkLoad {

    private static final int CHUNK = 10_000;

    private final DataSource dataSource;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FrontDoorBulkLoad(DataSource dataSource, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.dataSource = dataSource;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** What a load wrote. */
    public record Summary(int contacts, int referrals, int earlyHelpEpisodes) {
    }

    /**
     * @throws InvalidValueException naming the contact (by position) and the field when a contact breaks a rule;
     *                               nothing is loaded
     * @throws IllegalStateException when the database refuses a row (a person that does not exist), with
     *                               PostgreSQL's message; nothing is loaded
     */
    @Transactional
    public Summary load(List<HistoricContact> contacts) {
        LocalDateTime now = LocalDateTime.now(clock);
        for (int i = 0; i < contacts.size(); i++) {
            check(i, contacts.get(i), now);
        }
        String actor = actor();
        int referrals = 0;
        int earlyHelp = 0;
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder contactRows = new StringBuilder();
            StringBuilder referralRows = new StringBuilder();
            StringBuilder earlyHelpRows = new StringBuilder();
            for (int i = 0; i < contacts.size(); i++) {
                HistoricContact h = contacts.get(i);
                NewContact c = h.contact();
                UUID id = UUID.randomUUID();
                ContactDecision d = h.decision();
                row(contactRows, id, c.personId(), c.receivedAt().toLocalDate(), c.receivedAt().toLocalTime(), c.source().code(),
                        c.contactName().trim(), trimmed(c.contactAgency()), c.reason().trim(), c.consent().code(),
                        trimmed(c.consentNote()), trimmed(c.childsVoice()),
                        d == null ? null : d.outcome().code(), d == null ? null : d.decidedAt().toLocalDate(),
                        d == null ? null : d.decidedAt().toLocalTime(), d == null ? null : d.rationale().trim(), h.decidedBy(),
                        actor, actor);
                if (h.referral() != null) {
                    HistoricContact.ReferralHistory r = h.referral();
                    row(referralRows, UUID.randomUUID(), c.personId(), id, d.decidedAt().toLocalDate(), c.source().code(),
                            r.primaryNeed() == null ? null : r.primaryNeed().code(), r.noFurtherAction(), r.closedOn(),
                            r.reason() == null ? null : r.reason().code(), actor, actor);
                    referrals++;
                }
                if (h.earlyHelp() != null) {
                    HistoricContact.EarlyHelpHistory e = h.earlyHelp();
                    row(earlyHelpRows, UUID.randomUUID(), c.personId(), id, d.decidedAt().toLocalDate(), e.leadOrganisation().trim(),
                            trimmed(e.workerName()), c.reason().trim(), e.endedOn(), e.endReason() == null ? null : e.endReason().code(),
                            actor, actor);
                    earlyHelp++;
                }
                if ((i + 1) % CHUNK == 0) {
                    flushAll(copy, contactRows, referralRows, earlyHelpRows);
                }
            }
            flushAll(copy, contactRows, referralRows, earlyHelpRows);
        } catch (SQLException e) {
            throw new IllegalStateException("The database refused the front door load: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("Could not stream the front door load to the database: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        events.publishEvent(new RecordChanged("frontdoor-bulk-load", UUID.randomUUID().toString(), null, List.of(
                new FieldChange("contacts", null, String.valueOf(contacts.size())),
                new FieldChange("referrals", null, String.valueOf(referrals)),
                new FieldChange("earlyHelpEpisodes", null, String.valueOf(earlyHelp)))));
        return new Summary(contacts.size(), referrals, earlyHelp);
    }

    private static void check(int index, HistoricContact h, LocalDateTime now) {
        List<FieldProblem> problems = new ArrayList<>(FrontDoorRules.contact(h.contact(), now));
        if (h.decision() != null) {
            problems.addAll(FrontDoorRules.decisionFacts(h.contact().receivedAt(), h.decision(), now));
            LocalDateTime decided = h.decision().decidedAt();
            if (h.referral() != null && h.referral().closedOn() != null) {
                problems.addAll(FrontDoorRules.closure(decided.toLocalDate(), false, h.referral().closedOn(), h.referral().reason(),
                        now.toLocalDate()));
            }
            if (h.earlyHelp() != null) {
                problems.addAll(FrontDoorRules.earlyHelpStart(decided.toLocalDate(), h.earlyHelp().leadOrganisation(),
                        h.contact().reason(), now.toLocalDate()));
                if (h.earlyHelp().endedOn() != null) {
                    problems.addAll(FrontDoorRules.earlyHelpEnd(decided.toLocalDate(), false, h.earlyHelp().endedOn(), now.toLocalDate()));
                }
            }
        }
        if (!problems.isEmpty()) {
            FieldProblem first = problems.getFirst();
            throw new InvalidValueException(first.field(), "Contact " + (index + 1) + " (person " + h.contact().personId() + "): "
                    + first.message());
        }
    }

    private static void flushAll(CopyManager copy, StringBuilder contacts, StringBuilder referrals, StringBuilder earlyHelp)
            throws SQLException, IOException {
        flush(copy, """
                contact (id, person_id, received_on, received_time, source, contact_name, contact_agency, reason, consent,
                consent_note, childs_voice, decision, decided_on, decided_time, rationale, decided_by, created_by, updated_by)""", contacts);
        flush(copy, """
                referral (id, person_id, contact_id, referral_date, source, primary_need, no_further_action, closure_date,
                reason_for_closure, created_by, updated_by)""", referrals);
        flush(copy, """
                early_help_episode (id, person_id, contact_id, start_date, lead_organisation, worker_name, reason, end_date,
                end_reason, created_by, updated_by)""", earlyHelp);
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

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken ? "system" : auth.getName();
    }
}
