package uk.opencsc.care;

import uk.opencsc.frontdoor.PrimaryNeed;
import uk.opencsc.platform.validation.FieldProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules a period of care and its episodes keep, each naming the field it refuses so a form or an import can say
 * where. Plain functions of their inputs: the caller passes what the record holds and today's date.
 */
public final class CareRules {

    /** The 903 URN for a placement where no Ofsted URN applies. */
    static final String NO_URN = "XXXXXXX";

    private CareRules() {
    }

    /**
     * A new period of care: not in the future, not before the child was born and before their 18th birthday (a
     * child is looked after up to 18: Children Act 1989 s22 and s105), while no other period is open and after the
     * last one ended (periods never overlap, and a period starting the day the last ended would be one period).
     *
     * @param dateOfBirth null when not known (an unborn child cannot be looked after)
     * @param periods     the child's periods, any order
     */
    public static List<FieldProblem> start(LocalDate start, LocalDate dateOfBirth, List<PeriodOfCare> periods,
                                           LegalStatus legalStatus, PrimaryNeed categoryOfNeed, Placement placement,
                                           boolean uasc, LocalDate uascCeasedOn, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (start.isAfter(today)) {
            problems.add(new FieldProblem("startDate", "Start date must be today or in the past"));
        } else if (dateOfBirth == null) {
            problems.add(new FieldProblem("startDate", "The child's record has no date of birth: a child is looked after only once born"));
        } else if (start.isBefore(dateOfBirth)) {
            problems.add(new FieldProblem("startDate", "Start date must be on or after the child was born, " + dateOfBirth));
        } else if (!start.isBefore(dateOfBirth.plusYears(18))) {
            problems.add(new FieldProblem("startDate", "Start date must be before the child's 18th birthday, " + dateOfBirth.plusYears(18)));
        } else {
            Optional<PeriodOfCare> open = periods.stream().filter(PeriodOfCare::open).findFirst();
            Optional<PeriodOfCare> clash = periods.stream().filter(p -> !p.open() && !start.isAfter(p.endDate())).findFirst();
            if (open.isPresent()) {
                problems.add(new FieldProblem("startDate", "The child is already looked after, since " + open.get().startDate()
                        + ": record a change of legal status or placement instead, or end that period first"));
            } else if (clash.isPresent()) {
                problems.add(new FieldProblem("startDate", "Start date must be after the child's last period of care ended, "
                        + clash.get().endDate() + ": periods of care do not overlap"));
            }
        }
        if (legalStatus != null && placement != null && categoryOfNeed != null) {
            problems.addAll(episode(start, dateOfBirth, legalStatus, categoryOfNeed, placement));
        }
        if (!uasc && uascCeasedOn != null) {
            problems.add(new FieldProblem("uascCeasedOn", "Only an unaccompanied asylum-seeking child has a date their status ceased"));
        } else if (uasc && uascCeasedOn != null && uascCeasedOn.isBefore(start)) {
            problems.add(new FieldProblem("uascCeasedOn", "The date UASC status ceased must be on or after the period of care started, " + start));
        }
        return problems;
    }

    /**
     * The codes of an episode starting on {@code start}: each valid on that day (the 903 code lists change from
     * year to year), supported accommodation (K3) not before the 16th birthday (it is for young people of 16 and 17),
     * a category of need from N1 to N8 (903 CIN), a URN for a setting registered with Ofsted, and a placement with
     * parents (P1) provided by them (PR0) and the other way round.
     */
    public static List<FieldProblem> episode(LocalDate start, LocalDate dateOfBirth, LegalStatus legalStatus,
                                             PrimaryNeed categoryOfNeed, Placement placement) {
        List<FieldProblem> problems = new ArrayList<>();
        PlacementType type = placement.type();
        if (!type.validOn(start)) {
            problems.add(new FieldProblem("placementType", type.code() + " is not a placement type on " + start
                    + ": it is valid " + type.validity()));
        } else if (type == PlacementType.K3 && dateOfBirth != null && start.isBefore(dateOfBirth.plusYears(16))) {
            problems.add(new FieldProblem("placementType", "Supported accommodation (K3) is for young people aged 16 or 17: the child is 16 on "
                    + dateOfBirth.plusYears(16)));
        }
        if (categoryOfNeed == PrimaryNeed.N0 || categoryOfNeed == PrimaryNeed.N9) {
            problems.add(new FieldProblem("categoryOfNeed", "Select a category of need from N1 to N8"));
        }
        if (type.needsUrn() && placement.urn() == null) {
            problems.add(new FieldProblem("urn", "Enter the Ofsted unique reference number (URN) of the " + type.label().substring(4).toLowerCase()));
        } else if (placement.urn() != null && !placement.urn().matches("[A-Z0-9]{6,8}")) {
            problems.add(new FieldProblem("urn", "URN must be the setting's Ofsted reference, 6 to 8 letters and digits, or " + NO_URN));
        }
        if ((type == PlacementType.P1) != (placement.provider() == PlacementProvider.PR0)) {
            problems.add(new FieldProblem("placementProvider", type == PlacementType.P1
                    ? "A placement with parents (P1) is provided by them: select PR0"
                    : "PR0 (parents or others with parental responsibility) provides only a placement with parents (P1)"));
        }
        if (legalStatus == null) {
            problems.add(new FieldProblem("legalStatus", "Select the legal status"));
        }
        problems.addAll(PlacedForAdoptionRules.placementOrderForAdoptionPlacement(legalStatus, type));
        return problems;
    }

    /**
     * A change of legal status or placement in an open period: after the current episode started (an episode starting
     * before or on the day of the one it follows would reorder or empty the history), not in the future, within the
     * period's kind (short breaks stay short breaks), opening a new episode by {@link NewEpisodeRule} (a change that
     * opens none is refused: it is a correction of the current episode, not a new one), and when the placement
     * changes, with the reason it ended.
     */
    public static List<FieldProblem> change(PeriodOfCare period, LocalDate date, LocalDate dateOfBirth, LegalStatus legalStatus,
                                            PrimaryNeed categoryOfNeed, Placement placement, boolean carerChanged,
                                            ReasonPlacementChanged reasonPlacementChanged, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        Episode current = period.latestEpisode();
        if (!period.open()) {
            problems.add(new FieldProblem("changeDate", "The period of care ended on " + period.endDate() + ": an ended period is not changed"));
            return problems;
        }
        if (date.isAfter(today)) {
            problems.add(new FieldProblem("changeDate", "Date of the change must be today or in the past"));
        } else if (!date.isAfter(current.startDate())) {
            problems.add(new FieldProblem("changeDate", "Date of the change must be after the current episode started, "
                    + current.startDate() + ": a new episode starts after the one it follows"));
        }
        if (legalStatus != null && legalStatus.shortBreaks() != period.shortBreaks()) {
            problems.add(new FieldProblem("legalStatus", period.shortBreaks()
                    ? "This is a period of short breaks: a child who starts to be looked after otherwise starts a new period of care"
                    : "Short breaks (V3, V4) are a period of care of their own: end this period before recording them"));
        }
        if (legalStatus == null || placement == null || categoryOfNeed == null) {
            return problems;
        }
        Optional<ReasonForNewEpisode> reason = NewEpisodeRule.apply(current, legalStatus, placement, carerChanged);
        if (reason.isEmpty()) {
            problems.add(new FieldProblem("legalStatus", "Neither the legal status nor the placement changes, so this is not a new "
                    + "episode of care: change the legal status, the placement or the carer"));
            return problems;
        }
        problems.addAll(episode(date, dateOfBirth, legalStatus, categoryOfNeed, placement));
        if (reason.get().placementChanged() && reasonPlacementChanged == null) {
            problems.add(new FieldProblem("reasonPlacementChanged", "Select why the placement ended"));
        } else if (reasonPlacementChanged != null && !reason.get().placementChanged()) {
            problems.add(new FieldProblem("reasonPlacementChanged", "Only a change of placement has a reason the placement ended"));
        } else if (reasonPlacementChanged != null && !reasonPlacementChanged.validOn(date)) {
            problems.add(new FieldProblem("reasonPlacementChanged", reasonPlacementChanged.code() + " is not valid on " + date));
        }
        return problems;
    }

    /**
     * The end of a period of care: of an open period, on or after its current episode started (903: DEC is on or
     * after DECOM), not in the future, for a reason valid on the day that ends a period (not X1).
     */
    public static List<FieldProblem> end(PeriodOfCare period, LocalDate date, ReasonEpisodeCeased reason, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!period.open()) {
            problems.add(new FieldProblem("endDate", "The period of care already ended, on " + period.endDate()));
            return problems;
        }
        if (date.isAfter(today)) {
            problems.add(new FieldProblem("endDate", "End date must be today or in the past"));
        } else if (date.isBefore(period.latestEpisode().startDate())) {
            problems.add(new FieldProblem("endDate", "End date must be on or after the current episode started, "
                    + period.latestEpisode().startDate()));
        }
        if (reason == null) {
            problems.add(new FieldProblem("reasonCeased", "Select why the child ceased to be looked after"));
        } else if (!reason.endsThePeriod()) {
            problems.add(new FieldProblem("reasonCeased", "X1 ends an episode, not a period of care: record a change instead"));
        } else if (!reason.validOn(date)) {
            problems.add(new FieldProblem("reasonCeased", reason.code() + " is not a reason a period of care ceased on " + date));
        }
        return problems;
    }

    /**
     * Something recorded of a looked after child (a review, a visit, a health assessment, a dental check): on a day
     * within one of the child's periods of care, not in the future.
     *
     * @param field the form field of the date
     * @return the period the day falls in, or the problem
     */
    public static List<FieldProblem> withinCare(List<PeriodOfCare> periods, LocalDate date, String field, LocalDate today) {
        if (date.isAfter(today)) {
            return List.of(new FieldProblem(field, "The date must be today or in the past"));
        }
        if (periods.stream().noneMatch(p -> p.covers(date))) {
            return List.of(new FieldProblem(field, "The child was not looked after on " + date + ": the date must be within a period of care"));
        }
        return List.of();
    }

    /** A visit: a child seen alone was seen; the worker who visited. */
    public static List<FieldProblem> visit(boolean seen, boolean seenAlone, String worker) {
        List<FieldProblem> problems = new ArrayList<>();
        if (seenAlone && !seen) {
            problems.add(new FieldProblem("seenAlone", "A child seen alone was seen: answer yes to 'Was the child seen?'"));
        }
        if (worker == null || worker.isBlank()) {
            problems.add(new FieldProblem("worker", "Enter who visited"));
        }
        return problems;
    }
}
