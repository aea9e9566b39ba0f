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
     * A correction of a recorded episode ({@link EpisodeCorrection}), checked on the period's history as corrected:
     * <ul>
     *     <li>the start date stays between its neighbours: after the episode before started, before the next one starts
     *     (or on or before the period ended), not in the future; the first episode's start is the period's start and
     *     is not corrected here (it would move the period against the child's other periods, reviews and visits);</li>
     *     <li>every corrected episode's codes are valid on its start date, as {@link #episode} checks a new one (K3 age,
     *     URN, P1 with PR0, category of need N1-N8), and the legal status keeps the period's kind (short breaks);</li>
     *     <li>the reason the episode before ended its placement, when it did, is valid on the new start date;</li>
     *     <li>every episode keeps its reason for new episode ({@link NewEpisodeRule} on the corrected neighbours, the
     *     carer changing as recorded): a correction is not a change, the 903 sees the same episodes.</li>
     * </ul>
     */
    public static List<FieldProblem> correct(PeriodOfCare period, EpisodeCorrection correction, LocalDate dateOfBirth, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        int at = correction.indexIn(period);
        List<Episode> recorded = period.episodes();
        Episode before = recorded.get(at);
        LocalDate start = correction.startDate();
        if (!start.equals(before.startDate())) {
            if (at == 0) {
                problems.add(new FieldProblem("startDate", "The first episode starts the period of care, on " + before.startDate()
                        + ": its start date is not corrected here"));
            } else if (start.isAfter(today)) {
                problems.add(new FieldProblem("startDate", "Start date must be today or in the past"));
            } else if (!start.isAfter(recorded.get(at - 1).startDate())) {
                problems.add(new FieldProblem("startDate", "Start date must be after the episode before started, "
                        + recorded.get(at - 1).startDate() + ": a correction does not reorder the episodes"));
            } else if (at + 1 < recorded.size() && !start.isBefore(recorded.get(at + 1).startDate())) {
                problems.add(new FieldProblem("startDate", "Start date must be before the next episode started, "
                        + recorded.get(at + 1).startDate() + ": a correction does not reorder the episodes"));
            } else if (at + 1 == recorded.size() && !period.open() && start.isAfter(period.endDate())) {
                problems.add(new FieldProblem("startDate", "Start date must be on or before the period of care ended, " + period.endDate()));
            } else if (recorded.get(at - 1).reasonPlacementChanged() != null && !recorded.get(at - 1).reasonPlacementChanged().validOn(start)) {
                problems.add(new FieldProblem("startDate", "The placement before ended for reason " + recorded.get(at - 1).reasonPlacementChanged().code()
                        + ", which is not valid on " + start));
            }
        }
        if (correction.legalStatus() != null && correction.legalStatus().shortBreaks() != period.shortBreaks()) {
            problems.add(new FieldProblem("legalStatus", period.shortBreaks()
                    ? "This is a period of short breaks: its episodes keep a short-break legal status (V3, V4)"
                    : "Short breaks (V3, V4) are a period of care of their own, not a correction of this one"));
        }
        if (correction.legalStatus() == null || correction.categoryOfNeed() == null || correction.placement() == null || !problems.isEmpty()) {
            if (correction.legalStatus() == null) {
                problems.add(new FieldProblem("legalStatus", "Select the legal status"));
            }
            return problems;
        }
        List<Episode> corrected = correction.applyTo(period);
        for (int i = 0; i < corrected.size(); i++) {
            Episode e = corrected.get(i);
            if (!e.equals(recorded.get(i))) {
                for (FieldProblem p : episode(e.startDate(), dateOfBirth, e.legalStatus(), e.categoryOfNeed(), e.placement())) {
                    if (problems.stream().noneMatch(q -> q.field().equals(p.field()))) {
                        problems.add(i == at ? p : new FieldProblem(p.field(), p.message() + " (the same placement's episode from " + e.startDate() + ")"));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        for (int i = 1; i < corrected.size(); i++) {
            ReasonForNewEpisode was = recorded.get(i).reasonForNewEpisode();
            Optional<ReasonForNewEpisode> now = NewEpisodeRule.apply(corrected.get(i - 1), corrected.get(i).legalStatus(),
                    corrected.get(i).placement(), was.newCarer());
            if (now.isEmpty() || now.get() != was) {
                String field = corrected.get(i).legalStatus() != recorded.get(i).legalStatus()
                        || corrected.get(i - 1).legalStatus() != recorded.get(i - 1).legalStatus()
                        ? "legalStatus" : placementField(recorded.get(at).placement(), correction.placement());
                problems.add(new FieldProblem(field, "After this correction the episode from " + corrected.get(i).startDate()
                        + (now.isEmpty() ? " would not be a new episode (the same legal status and placement as the one before)"
                        : " would be a new episode for reason " + now.get().code() + ", not " + was.code() + " as recorded")
                        + ": a correction does not change the episodes the SSDA903 return sees. Record a change of legal status "
                        + "or placement instead"));
                break;
            }
        }
        return problems;
    }

    /** The first placement field a correction changed, to name in a refusal. */
    private static String placementField(Placement was, Placement now) {
        if (was.type() != now.type()) {
            return "placementType";
        }
        if (was.provider() != now.provider()) {
            return "placementProvider";
        }
        return java.util.Objects.equals(was.urn(), now.urn()) ? "placementPostcode" : "urn";
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
