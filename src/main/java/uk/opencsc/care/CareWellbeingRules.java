package uk.opencsc.care;

import uk.opencsc.platform.validation.FieldProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules a looked after child's health, wellbeing and education records keep, each naming the field it refuses.
 * Plain functions of their inputs: the caller passes what the record holds and today's date. Sources: the SSDA903
 * OC2 table and the DfE validation rules quoted (csc-validator-be-903's list), the SDQ guidance on ages 4 to 16.
 */
public final class CareWellbeingRules {

    /** The SDQ total difficulties score runs from 0 to 40 (903 SDQ_SCORE). */
    static final int SDQ_MAX = 40;

    private CareWellbeingRules() {
    }

    /**
     * A health, wellbeing or education fact of a looked after child: on a day within one of the child's periods of
     * care that is not short breaks (the OC2 table is of children looked after continuously for 12 months; a child
     * on agreed short breaks has no SDQ or OC2 facts), not in the future.
     *
     * @param field the form field of the date
     */
    public static List<FieldProblem> withinCareNotShortBreaks(List<PeriodOfCare> periods, LocalDate date, String field, LocalDate today) {
        if (date.isAfter(today)) {
            return List.of(new FieldProblem(field, "The date must be today or in the past"));
        }
        if (periods.stream().noneMatch(p -> !p.shortBreaks() && p.covers(date))) {
            return List.of(new FieldProblem(field, "The child was not looked after on " + date
                    + ": the date must be within a period of care (not short breaks)"));
        }
        return List.of();
    }

    /**
     * A strengths and difficulties questionnaire is for a child aged 4 to 16 on its date (from the 4th birthday to
     * the day before the 17th; 903 rules 188 and 189), and holds either a score from 0 to 40 (SDQ_SCORE) or the reason
     * there is none (SDQ_REASON, rule 197a), never both. SDQ1 ("aged under 4 or over 17") is not a reason for a child
     * of 4 to 16 (rule 157).
     *
     * @param dateOfBirth null when not known: the age cannot be checked, so it is refused
     */
    public static List<FieldProblem> sdq(LocalDate date, LocalDate dateOfBirth, Integer score, SdqReason reason) {
        List<FieldProblem> problems = new ArrayList<>();
        if (dateOfBirth == null) {
            problems.add(new FieldProblem("sdqDate", "The child's record has no date of birth: an SDQ is for children aged 4 to 16"));
        } else if (date.isBefore(dateOfBirth.plusYears(4)) || !date.isBefore(dateOfBirth.plusYears(17))) {
            problems.add(new FieldProblem("sdqDate", "An SDQ is for children aged 4 to 16: the child is 4 on "
                    + dateOfBirth.plusYears(4) + " and 17 on " + dateOfBirth.plusYears(17)));
        }
        if (score == null && reason == null) {
            problems.add(new FieldProblem("score", "Enter the total difficulties score, or select why there is none"));
        } else if (score != null && reason != null) {
            problems.add(new FieldProblem("reasonNotDone", "A questionnaire with a score has no reason it was not done: clear one of them"));
        } else if (score != null && (score < 0 || score > SDQ_MAX)) {
            problems.add(new FieldProblem("score", "Total difficulties score must be a whole number from 0 to " + SDQ_MAX));
        } else if (reason == SdqReason.SDQ1) {
            problems.add(new FieldProblem("reasonNotDone", "SDQ1 is for a child under 4 or over 17; this child is of an age to have an SDQ"));
        }
        return problems;
    }

    /**
     * Substance misuse: when the child received an intervention the 903 leaves "offered" blank (rule 158); when not,
     * it must say whether one was offered (rule 159).
     */
    public static List<FieldProblem> substanceMisuse(boolean interventionReceived, Boolean interventionOffered) {
        if (!interventionReceived && interventionOffered == null) {
            return List.of(new FieldProblem("interventionOffered", "Select yes or no: was the child offered an intervention?"));
        }
        if (interventionReceived && interventionOffered != null) {
            return List.of(new FieldProblem("interventionOffered", "Whether an intervention was offered is asked only when none was received"));
        }
        return List.of();
    }

    /**
     * A conviction, youth caution, final warning or reprimand: of a child aged 10 or over on the day (the age of
     * criminal responsibility, Children and Young Persons Act 1933 s50; 903 rule 542), with the offence and outcome.
     */
    public static List<FieldProblem> conviction(LocalDate date, LocalDate dateOfBirth, String offence, OffenceOutcome outcome) {
        List<FieldProblem> problems = new ArrayList<>();
        if (dateOfBirth != null && date.isBefore(dateOfBirth.plusYears(10))) {
            problems.add(new FieldProblem("decidedOn", "A child under 10 cannot be convicted or cautioned (age of criminal "
                    + "responsibility): the child is 10 on " + dateOfBirth.plusYears(10)));
        }
        if (offence == null || offence.isBlank()) {
            problems.add(new FieldProblem("offence", "Enter the offence"));
        }
        if (outcome == null) {
            problems.add(new FieldProblem("outcome", "Select the outcome"));
        }
        return problems;
    }

    /**
     * The school: a URN, when given, is a school's 6-digit unique reference number (Get Information about Schools),
     * and goes with the school's name.
     */
    public static List<FieldProblem> education(String schoolName, String schoolUrn) {
        List<FieldProblem> problems = new ArrayList<>();
        if (schoolUrn != null && !schoolUrn.matches("\\d{6}")) {
            problems.add(new FieldProblem("schoolUrn", "School URN must be the school's 6-digit unique reference number"));
        }
        if (schoolUrn != null && (schoolName == null || schoolName.isBlank())) {
            problems.add(new FieldProblem("schoolName", "Enter the school's name"));
        }
        return problems;
    }
}
