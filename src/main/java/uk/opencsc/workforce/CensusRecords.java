package uk.opencsc.workforce;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.access.Role;
import uk.opencsc.access.SignedInUser;
import uk.opencsc.audit.RecordChanged;
import uk.opencsc.audit.RecordChanged.FieldChange;
import uk.opencsc.platform.validation.ChangedMeanwhileException;
import uk.opencsc.platform.validation.RefusedException;
import uk.opencsc.platform.web.NotFoundException;
import uk.opencsc.platform.web.NotPermittedException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The records the workforce census adds: a worker's census details and absences (changed by whoever may change the
 * worker's employment) and each team's funded posts (read by the workforce's readers, changed by a team manager for
 * their team, a head of service for their service's, an administrator for any). Optimistic-locked and audited.
 */
@Service
class CensusRecords {

    private static final Set<Role> READERS = Set.of(Role.TEAM_MANAGER, Role.HEAD_OF_SERVICE, Role.ADMINISTRATOR, Role.PERFORMANCE_ANALYST);
    private static final Set<Role> EDITORS = Set.of(Role.TEAM_MANAGER, Role.HEAD_OF_SERVICE, Role.ADMINISTRATOR);

    private final CensusRepository census;
    private final WorkforceRepository workforce;
    private final WorkerRecords workers;
    private final ApplicationEventPublisher events;

    CensusRecords(CensusRepository census, WorkforceRepository workforce, WorkerRecords workers, ApplicationEventPublisher events) {
        this.census = census;
        this.workforce = workforce;
        this.workers = workers;
        this.events = events;
    }

    /** A worker whose census details the signed-in user may change, with their details (version -1 when none yet) and absences. */
    record WorkerCensus(WorkforceRepository.Worker worker, CensusDetails details, List<Absence> absences) {
    }

    /**
     * @throws NotPermittedException unless the signed-in user may change the worker's employment
     * @throws NotFoundException     when there is no such user
     */
    @Transactional(readOnly = true)
    WorkerCensus worker(UUID userId) {
        WorkforceRepository.Worker worker = workers.editable(userId).worker();
        return new WorkerCensus(worker, census.details(userId).orElse(CensusDetails.none(userId)), census.absences(userId));
    }

    /**
     * @param version the version the form was opened on; -1 when there were no details yet
     * @throws RefusedException          naming the field
     * @throws ChangedMeanwhileException when someone saved them since
     */
    @Transactional
    void saveDetails(CensusDetails after, int version) {
        CensusDetails before = worker(after.userId()).details();
        RefusedException.refuseIfAny(CensusRules.checkDetails(after.bornOn(), after.qualificationInstitution(), workers.today()));
        String actor = WorkerRecords.actor();
        if (before.version() == -1) {
            if (version != -1) {
                throw new ChangedMeanwhileException("someone", java.time.Instant.now());
            }
            census.insertDetails(after, actor);
        } else if (before.version() != version || !census.updateDetails(after, version, actor)) {
            CensusDetails now = census.details(after.userId()).orElseThrow();
            throw new ChangedMeanwhileException(now.updatedBy(), now.updatedAt());
        }
        List<FieldChange> changes = new ArrayList<>();
        diff(changes, "bornOn", before.bornOn(), after.bornOn());
        diff(changes, "gender", before.gender(), after.gender());
        diff(changes, "ethnicity", before.ethnicity(), after.ethnicity());
        diff(changes, "qualificationInstitution", before.qualificationInstitution(), after.qualificationInstitution());
        diff(changes, "qualificationLevel", before.qualificationLevel(), after.qualificationLevel());
        diff(changes, "stepUpGraduate", before.stepUpGraduate(), after.stepUpGraduate());
        diff(changes, "frontlineGraduate", before.frontlineGraduate(), after.frontlineGraduate());
        diff(changes, "orgRole", before.orgRole(), after.orgRole());
        diff(changes, "startOrigin", before.startOrigin(), after.startOrigin());
        diff(changes, "leaverDestination", before.leaverDestination(), after.leaverDestination());
        diff(changes, "kssStatus", before.kssStatus(), after.kssStatus());
        if (!changes.isEmpty()) {
            events.publishEvent(new RecordChanged("worker-census-details", after.userId().toString(), null, changes));
        }
    }

    /** The absence of this worker, for its edit form. */
    @Transactional(readOnly = true)
    Absence absence(UUID userId, UUID absenceId) {
        worker(userId);
        return census.absence(absenceId).filter(a -> a.userId().equals(userId))
                .orElseThrow(() -> new NotFoundException("No absence " + absenceId + " of worker " + userId));
    }

    /**
     * Records a new absence ({@code id} null) or changes one.
     *
     * @param version the version the form was opened on (ignored for a new absence)
     * @return the absence's id
     * @throws RefusedException          naming the field
     * @throws ChangedMeanwhileException when someone saved it since
     */
    @Transactional
    UUID saveAbsence(UUID userId, UUID id, int version, AbsenceReason reason, LocalDate firstDay, LocalDate lastDay, BigDecimal workingDaysLost) {
        Absence before = id == null ? null : absence(userId, id);
        if (id == null) {
            worker(userId);
        }
        RefusedException.refuseIfAny(CensusRules.checkAbsence(firstDay, lastDay, workingDaysLost, workers.today()));
        Absence after = new Absence(id == null ? UUID.randomUUID() : id, userId, reason, firstDay, lastDay,
                workingDaysLost.setScale(2, RoundingMode.UNNECESSARY), 0, null, null);
        String actor = WorkerRecords.actor();
        if (before == null) {
            census.insertAbsence(after, actor);
        } else if (before.version() != version || !census.updateAbsence(after, version, actor)) {
            Absence now = census.absence(id).orElseThrow();
            throw new ChangedMeanwhileException(now.updatedBy(), now.updatedAt());
        }
        List<FieldChange> changes = new ArrayList<>();
        diff(changes, "reason", before == null ? null : before.reason(), after.reason());
        diff(changes, "firstDay", before == null ? null : before.firstDay(), after.firstDay());
        diff(changes, "lastDay", before == null ? null : before.lastDay(), after.lastDay());
        diff(changes, "workingDaysLost", before == null ? null : before.workingDaysLost().toPlainString(), after.workingDaysLost().toPlainString());
        if (!changes.isEmpty()) {
            events.publishEvent(new RecordChanged("worker-absence", after.id().toString(), null, changes));
        }
        return after.id();
    }

    /** A team with its funded posts today and its funding history, latest first. */
    record TeamFunding(WorkforceRepository.Team team, BigDecimal fundedToday, List<CensusRepository.Funding> history) {
    }

    /** The teams the signed-in user may see the workers of, each with its funded posts. */
    @Transactional(readOnly = true)
    List<TeamFunding> establishment() {
        Set<UUID> teamIds = workers.teamsOf(workers.user(READERS));
        var today = census.fundedOn(workers.today());
        return workforce.teams().stream().filter(t -> teamIds.contains(t.id()))
                .map(t -> new TeamFunding(t, today.get(t.id()), census.funding(t.id()))).toList();
    }

    boolean mayEditEstablishment() {
        try {
            workers.user(EDITORS);
            return true;
        } catch (NotPermittedException e) {
            return false;
        }
    }

    /**
     * @throws NotPermittedException unless the signed-in user may change this team's funded posts (decided before the team is looked up)
     * @throws NotFoundException     when there is no such team
     */
    @Transactional(readOnly = true)
    TeamFunding editableTeam(UUID teamId) {
        SignedInUser user = workers.user(EDITORS);
        WorkforceRepository.Team team = workforce.teams().stream().filter(t -> t.id().equals(teamId)).findFirst()
                .orElseThrow(() -> new NotFoundException("No team " + teamId));
        if (!workers.teamsOf(user).contains(teamId)) {
            throw new NotPermittedException("You may change only your own teams' funded posts");
        }
        return new TeamFunding(team, census.fundedOn(workers.today()).get(teamId), census.funding(teamId));
    }

    /**
     * Sets the team's funded posts from a day: a new row, or a change to the row from that same day.
     *
     * @param latestFrom    the day of the team's latest row when the form was opened; null when it had none
     * @param latestVersion that row's version
     * @throws ChangedMeanwhileException when the team's funding changed since the form was opened
     */
    @Transactional
    void saveFunding(UUID teamId, LocalDate from, BigDecimal fundedFte, LocalDate latestFrom, int latestVersion) {
        TeamFunding team = editableTeam(teamId);
        RefusedException.refuseIfAny(CensusRules.checkEstablishment(fundedFte));
        CensusRepository.Funding latest = team.history().isEmpty() ? null : team.history().getFirst();
        if (!Objects.equals(latest == null ? null : latest.fundedFrom(), latestFrom) || latest != null && latest.version() != latestVersion) {
            throw new ChangedMeanwhileException(latest == null ? "someone" : latest.updatedBy(),
                    latest == null ? java.time.Instant.now() : latest.updatedAt());
        }
        BigDecimal fte = fundedFte.setScale(2, RoundingMode.UNNECESSARY);
        String actor = WorkerRecords.actor();
        CensusRepository.Funding sameDay = team.history().stream().filter(f -> f.fundedFrom().equals(from)).findFirst().orElse(null);
        if (sameDay == null) {
            census.insertFunding(teamId, from, fte, actor);
        } else if (!census.updateFunding(teamId, from, fte, sameDay.version(), actor)) {
            throw new ChangedMeanwhileException(sameDay.updatedBy(), sameDay.updatedAt());
        }
        events.publishEvent(new RecordChanged("team-establishment", teamId.toString(), null, List.of(
                new FieldChange("fundedFte from " + from, sameDay == null ? null : sameDay.fundedFte().toPlainString(), fte.toPlainString()))));
    }

    private static void diff(List<FieldChange> changes, String field, Object old, Object now) {
        if (!Objects.equals(old, now)) {
            changes.add(new FieldChange(field, old == null ? null : old.toString(), now == null ? null : now.toString()));
        }
    }
}
