package uk.opencsc.frontdoor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.audit.RecordChanged;
import uk.opencsc.audit.RecordChanged.FieldChange;
import uk.opencsc.chronology.ChronologyBulkLoad;
import uk.opencsc.chronology.SignificantEvent;
import uk.opencsc.platform.database.CopyRows;
import uk.opencsc.platform.database.RowsByPerson;
import uk.opencsc.platform.validation.FieldProblem;
import uk.opencsc.platform.validation.InvalidValueException;

/**
 * Referrals (CIN episodes) known from a statutory return rather than from a contact at this front door: a CIN census
 * import. Each is recorded as the referral page records one directly (no contact), checked by the same rules (not
 * in the future; a closure with its reason, not before the referral nor in the future), with COPY like
 * {@link FrontDoorBulkLoad}, and the chronology entries the pages would have made. No domain event per row: a load
 * is history, not news; the load is audited as one change.
 */
@Service
public class HistoricReferrals {

    /**
     * One CIN episode as a return has it.
     *
     * @param primaryNeed null when the return has none
     * @param closureDate null while open; otherwise with {@code reason}
     */
    public record HistoricReferral(UUID personId, LocalDate referralDate, ReferralSource source, PrimaryNeed primaryNeed,
                                   LocalDate closureDate, ReasonForClosure reason, boolean noFurtherAction) {
    }

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final ChronologyBulkLoad chronologyLoad;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HistoricReferrals(DataSource dataSource, JdbcClient jdbc, ChronologyBulkLoad chronologyLoad, ApplicationEventPublisher events,
                      Optional<Clock> clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.chronologyLoad = chronologyLoad;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** Each child's recorded referral dates, so that a return loaded twice does not record an episode twice. */
    public Map<UUID, Set<LocalDate>> referralDates(Collection<UUID> persons) {
        Map<UUID, Set<LocalDate>> dates = new HashMap<>();
        RowsByPerson.query(jdbc, "select person_id, referral_date from referral where person_id = any(:persons)", persons,
                        (rs, n) -> rs.getObject("referral_date", LocalDate.class))
                .forEach((person, list) -> dates.put(person, new HashSet<>(list)));
        return dates;
    }

    /**
     * @return how many were recorded
     * @throws InvalidValueException naming the referral (by position) and the field when one breaks a rule; nothing
     *                               is recorded
     */
    @Transactional
    public int record(List<HistoricReferral> referrals) {
        LocalDate today = LocalDate.now(clock);
        String actor = loadedBy();
        for (int i = 0; i < referrals.size(); i++) {
            HistoricReferral r = referrals.get(i);
            List<FieldProblem> problems = new ArrayList<>(FrontDoorRules.referral(r.referralDate(), today));
            if (r.closureDate() != null || r.reason() != null) {
                problems.addAll(FrontDoorRules.closure(r.referralDate(), false,
                        r.closureDate() == null ? r.referralDate() : r.closureDate(), r.reason(), today));
                if (r.closureDate() == null) {
                    problems.add(new FieldProblem("closureDate", "A reason for closure needs the date the case closed"));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidValueException(problems.getFirst().field(), "Referral " + (i + 1) + " (person " + r.personId()
                        + "): " + problems.getFirst().message());
            }
        }
        Map<UUID, List<LocalDate>> earlier = new HashMap<>();
        referralDates(referrals.stream().map(HistoricReferral::personId).toList())
                .forEach((person, dates) -> earlier.put(person, new ArrayList<>(dates)));
        CopyRows rows = new CopyRows("""
                referral (id, person_id, contact_id, referral_date, source, primary_need, no_further_action, closure_date,
                reason_for_closure, created_by, updated_by)""");
        List<SignificantEvent> chronology = new ArrayList<>();
        for (HistoricReferral r : referrals) {
            UUID id = UUID.randomUUID();
            rows.add(id, r.personId(), null, r.referralDate(), r.source().code(), r.primaryNeed() == null ? null : r.primaryNeed().code(),
                    r.noFurtherAction(), r.closureDate(), r.reason() == null ? null : r.reason().code(), actor, actor);
            List<LocalDate> before = earlier.computeIfAbsent(r.personId(), p -> new ArrayList<>());
            chronology.add(FrontDoorChronology.entry(new ReferralAccepted(id, r.personId(), r.referralDate(), r.source(), null,
                    FrontDoorRules.isReReferral(r.referralDate(), before), null)));
            before.add(r.referralDate());
            if (r.closureDate() != null) {
                chronology.add(FrontDoorChronology.entry(new CinEpisodeClosed(id, r.personId(), r.referralDate(), r.closureDate(),
                        r.reason(), r.noFurtherAction())));
            }
        }
        CopyRows.copyAll(dataSource, "the referrals loaded", rows);
        chronologyLoad.load(chronology);
        events.publishEvent(new RecordChanged("frontdoor-historic-referrals", UUID.randomUUID().toString(), null, List.of(
                new FieldChange("referrals", null, String.valueOf(referrals.size())))));
        return referrals.size();
    }

    /** Who is loading: the signed-in user, or "system" for a command run without one. */
    private static String loadedBy() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken ? "system" : auth.getName();
    }
}
