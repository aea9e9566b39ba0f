package uk.opencsc.workforce;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.audit.RecordChanged;
import uk.opencsc.audit.RecordChanged.FieldChange;
import uk.opencsc.platform.database.CopyRows;
import uk.opencsc.platform.validation.InvalidValueException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Loads what the workforce census needs at once (the synthetic authority, a migration) with COPY: workers who have
 * left (their employment and last team), census details, absences and teams' funded posts. One transaction: one bad
 * row loads nothing. Audited as one change.
 */
@Service
public class WorkforceCensusBulkLoad {

    private final DataSource dataSource;
    private final ApplicationEventPublisher events;

    WorkforceCensusBulkLoad(DataSource dataSource, ApplicationEventPublisher events) {
        this.dataSource = dataSource;
        this.events = events;
    }

    /** A worker who has left: their employment with its leaving date and reason, in {@code teamId} throughout. */
    public record FormerWorker(UUID userId, String registrationNumber, BigDecimal fte, Employment employment, LocalDate startedOn,
                               LocalDate leftOn, LeavingReason leavingReason, UUID teamId) {
    }

    public record WorkerDetails(UUID userId, LocalDate bornOn, WorkerGender gender, WorkerEthnicity ethnicity, String qualificationInstitution,
                                QualificationLevel qualificationLevel, Boolean stepUpGraduate, Boolean frontlineGraduate, StartOrigin startOrigin,
                                LeaverDestination leaverDestination, KssStatus kssStatus) {
    }

    public record WorkerAbsence(UUID userId, AbsenceReason reason, LocalDate firstDay, LocalDate lastDay, BigDecimal workingDaysLost) {
    }

    public record TeamFunding(UUID teamId, LocalDate fundedFrom, BigDecimal fundedFte) {
    }

    /**
     * @throws InvalidValueException naming the row and field when a value breaks a rule; nothing is loaded
     * @throws IllegalStateException when the database refuses a row; nothing is loaded
     */
    @Transactional
    public void load(List<FormerWorker> formerWorkers, List<WorkerDetails> details, List<WorkerAbsence> absences, List<TeamFunding> funding) {
        String actor = WorkerRecords.actor();
        LocalDate today = LocalDate.now();
        CopyRows employment = new CopyRows("worker_employment (user_id, registration_number, fte, employment, started_on, left_on, "
                + "leaving_reason, created_by, updated_by)");
        CopyRows history = new CopyRows("worker_team_history (id, user_id, team_id, from_date, to_date, created_by)");
        for (int i = 0; i < formerWorkers.size(); i++) {
            FormerWorker w = formerWorkers.get(i);
            refuse("Former worker " + (i + 1), EmploymentRules.check(w.fte(), w.startedOn(), w.leftOn(), w.leavingReason(), null, today));
            employment.add(w.userId(), w.registrationNumber() == null ? null : RegistrationNumber.of(w.registrationNumber()).value(),
                    w.fte().toPlainString(), w.employment().code(), w.startedOn(), w.leftOn(), w.leavingReason().code(), actor, actor);
            // a period runs to the day after the last day worked (periods are [from, to))
            history.add(UUID.randomUUID(), w.userId(), w.teamId(), w.startedOn(), w.leftOn().plusDays(1), actor);
        }
        CopyRows detailRows = new CopyRows("worker_census_details (user_id, born_on, gender, ethnicity, qualification_institution, "
                + "qualification_level, step_up_graduate, frontline_graduate, start_origin, leaver_destination, kss_status, created_by, updated_by)");
        for (int i = 0; i < details.size(); i++) {
            WorkerDetails d = details.get(i);
            refuse("Census details " + (i + 1), CensusRules.checkDetails(d.bornOn(), d.qualificationInstitution(), today));
            detailRows.add(d.userId(), d.bornOn(), code(d.gender()), code(d.ethnicity()), d.qualificationInstitution(), code(d.qualificationLevel()),
                    d.stepUpGraduate(), d.frontlineGraduate(), code(d.startOrigin()), code(d.leaverDestination()), code(d.kssStatus()), actor, actor);
        }
        CopyRows absenceRows = new CopyRows("worker_absence (id, user_id, reason, first_day, last_day, working_days_lost, created_by, updated_by)");
        for (int i = 0; i < absences.size(); i++) {
            WorkerAbsence a = absences.get(i);
            refuse("Absence " + (i + 1), CensusRules.checkAbsence(a.firstDay(), a.lastDay(), a.workingDaysLost(), today));
            absenceRows.add(UUID.randomUUID(), a.userId(), a.reason().code(), a.firstDay(), a.lastDay(), a.workingDaysLost().toPlainString(),
                    actor, actor);
        }
        CopyRows fundingRows = new CopyRows("team_establishment (team_id, funded_from, funded_fte, created_by, updated_by)");
        for (int i = 0; i < funding.size(); i++) {
            TeamFunding f = funding.get(i);
            refuse("Funded posts " + (i + 1), CensusRules.checkEstablishment(f.fundedFte()));
            fundingRows.add(f.teamId(), f.fundedFrom(), f.fundedFte().toPlainString(), actor, actor);
        }
        CopyRows.copyAll(dataSource, "the workforce census load", employment, history, detailRows, absenceRows, fundingRows);
        events.publishEvent(new RecordChanged("workforce-census-bulk-load", UUID.randomUUID().toString(), null, List.of(
                new FieldChange("formerWorkers", null, String.valueOf(formerWorkers.size())),
                new FieldChange("censusDetails", null, String.valueOf(details.size())),
                new FieldChange("absences", null, String.valueOf(absences.size())),
                new FieldChange("teamFunding", null, String.valueOf(funding.size())))));
    }

    private static void refuse(String where, List<uk.opencsc.platform.validation.FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidValueException(problems.getFirst().field(), where + ": " + problems.getFirst().message());
        }
    }

    private static String code(uk.opencsc.platform.validation.CodeList c) {
        return c == null ? null : c.code();
    }
}
