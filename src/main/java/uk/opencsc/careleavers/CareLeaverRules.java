package uk.opencsc.careleavers;

import uk.opencsc.platform.validation.FieldProblem;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * The leaving care rules, each naming the field it refuses so a form or an import can say where. Plain functions
 * of their inputs: the caller passes the young person's date of birth, what the record holds and "today".
 * Leaving care work starts at 16 (Children Act 1989 Sch 2 para 19B-19C, s23A-s24): nothing about a care leaver is
 * dated before their 16th birthday.
 */
public final class CareLeaverRules {

    private CareLeaverRules() {
    }

    /** The day leaving care duties can start; null when the date of birth is not known. */
    public static LocalDate sixteenthBirthday(LocalDate bornOn) {
        return bornOn == null ? null : bornOn.plusYears(16);
    }

    /** Age in whole years on {@code day}. */
    public static int ageOn(LocalDate bornOn, LocalDate day) {
        return Period.between(bornOn, day).getYears();
    }

    /**
     * A category from a day: not in the future, and at an age the category applies to ({@link EligibilityCategory}):
     * eligible and relevant at 16 or 17, former relevant from 18 to 24, qualifying from 16 to 24.
     */
    public static List<FieldProblem> category(EligibilityCategory category, LocalDate from, LocalDate bornOn, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (notAfterSixteen(problems, "categoryFrom", "The date the category applies from", from, bornOn, today)) {
            return problems;
        }
        int age = ageOn(bornOn, from);
        if (category.fromAge() > age || age >= category.underAge()) {
            problems.add(new FieldProblem("category", "The young person is " + age + " on " + from + ": "
                    + category.shortName().toLowerCase() + " applies from " + category.fromAge() + " to "
                    + (category.underAge() - 1)));
        }
        return problems;
    }

    /** A contact: on or after the 16th birthday, not in the future, with whether in touch and how. */
    public static List<FieldProblem> contact(LocalDate date, LocalDate bornOn, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        notAfterSixteen(problems, "contactDate", "Date of the contact", date, bornOn, today);
        return problems;
    }

    /** Accommodation or activity from a day: on or after the 16th birthday and not in the future. */
    public static List<FieldProblem> from(LocalDate from, LocalDate bornOn, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        notAfterSixteen(problems, "fromDate", "The date it applies from", from, bornOn, today);
        return problems;
    }

    /** The pathway plan agreed: on or after the 16th birthday and not in the future; support must not have ended. */
    public static List<FieldProblem> pathwayPlanAgreed(CareLeaver record, LocalDate agreedOn, LocalDate bornOn, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        notAfterSixteen(problems, "agreedOn", "Date the pathway plan was agreed", agreedOn, bornOn, today);
        if (record.supportEnded() && problems.isEmpty() && agreedOn.isAfter(record.supportEndedOn())) {
            problems.add(new FieldProblem("agreedOn", "Leaving care support ended on " + record.supportEndedOn()
                    + ": a plan is agreed before support ends"));
        }
        return problems;
    }

    /** A review of the agreed pathway plan: on or after it was agreed, not in the future, saying who attended. */
    public static List<FieldProblem> review(CareLeaver record, LocalDate date, String attended, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (record == null || record.pathwayPlanAgreedOn() == null) {
            problems.add(new FieldProblem("reviewDate", "No pathway plan is agreed yet: record the plan before its reviews"));
        } else if (date.isAfter(today)) {
            problems.add(new FieldProblem("reviewDate", "Date of the review must be today or in the past"));
        } else if (date.isBefore(record.pathwayPlanAgreedOn())) {
            problems.add(new FieldProblem("reviewDate", "Date of the review must be on or after the plan was agreed, "
                    + record.pathwayPlanAgreedOn()));
        }
        if (attended == null || attended.isBlank()) {
            problems.add(new FieldProblem("attended", "Enter who attended the review"));
        }
        return problems;
    }

    /**
     * Staying put and how long support lasts.
     * <ul>
     * <li>Staying put (s23CZA) is a former relevant young person staying on with their former foster carers: it
     * starts on or after the 18th birthday and lasts at most to the day before the 21st.</li>
     * <li>Support beyond 21, to 25, is for a former relevant young person who asks (s23CZB, from April 2018).</li>
     * <li>Support ends on or after the category applied, and not in the future.</li>
     * </ul>
     */
    public static List<FieldProblem> support(CareLeaver record, LocalDate stayingPutFrom, LocalDate stayingPutTo,
                                             LocalDate extendedRequestedOn, LocalDate supportEndedOn, LocalDate bornOn,
                                             LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        boolean formerRelevant = record.category() == EligibilityCategory.FORMER_RELEVANT;
        if (stayingPutFrom != null) {
            if (!formerRelevant) {
                problems.add(new FieldProblem("stayingPutFrom", "Staying put is for a former relevant young person: record that category first"));
            } else if (stayingPutFrom.isBefore(bornOn.plusYears(18))) {
                problems.add(new FieldProblem("stayingPutFrom", "Staying put starts on or after the 18th birthday, " + bornOn.plusYears(18)));
            } else if (stayingPutFrom.isAfter(today)) {
                problems.add(new FieldProblem("stayingPutFrom", "Staying put start must be today or in the past"));
            }
        }
        if (stayingPutTo != null) {
            if (stayingPutFrom == null) {
                problems.add(new FieldProblem("stayingPutTo", "Enter when staying put started before when it ended"));
            } else if (stayingPutTo.isBefore(stayingPutFrom)) {
                problems.add(new FieldProblem("stayingPutTo", "Staying put end must be on or after it started, " + stayingPutFrom));
            } else if (!stayingPutTo.isBefore(bornOn.plusYears(21))) {
                problems.add(new FieldProblem("stayingPutTo", "Staying put lasts at most to the day before the 21st birthday, "
                        + bornOn.plusYears(21)));
            }
        }
        if (extendedRequestedOn != null) {
            if (!formerRelevant) {
                problems.add(new FieldProblem("extendedRequestedOn", "Support to 25 is for a former relevant young person"));
            } else if (extendedRequestedOn.isAfter(today)) {
                problems.add(new FieldProblem("extendedRequestedOn", "Date of the request must be today or in the past"));
            } else if (extendedRequestedOn.isBefore(bornOn.plusYears(18))) {
                problems.add(new FieldProblem("extendedRequestedOn", "Support to 25 is asked for on or after the 18th birthday, "
                        + bornOn.plusYears(18)));
            }
        }
        if (supportEndedOn != null) {
            if (supportEndedOn.isAfter(today)) {
                problems.add(new FieldProblem("supportEndedOn", "Date support ended must be today or in the past"));
            } else if (supportEndedOn.isBefore(record.categoryFrom())) {
                problems.add(new FieldProblem("supportEndedOn", "Date support ended must be on or after the category applied, "
                        + record.categoryFrom()));
            }
        }
        return problems;
    }

    /**
     * The last day of leaving care support as the law sets it when nobody ends it sooner: the day before the 21st
     * birthday, or before the 25th when a former relevant young person asked for support to 25.
     */
    public static LocalDate supportRunsTo(CareLeaver record, LocalDate bornOn) {
        return bornOn.plusYears(record.extendedSupportRequestedOn() != null ? 25 : 21).minusDays(1);
    }

    /** @return true when a problem was added: the day is missing its date of birth, before the 16th birthday or in the future */
    private static boolean notAfterSixteen(List<FieldProblem> problems, String field, String label, LocalDate day, LocalDate bornOn,
                                           LocalDate today) {
        if (bornOn == null) {
            problems.add(new FieldProblem(field, "The young person's date of birth is not recorded: record it before leaving care work"));
        } else if (day.isBefore(sixteenthBirthday(bornOn))) {
            problems.add(new FieldProblem(field, label + " must be on or after the young person's 16th birthday, "
                    + sixteenthBirthday(bornOn)));
        } else if (day.isAfter(today)) {
            problems.add(new FieldProblem(field, label + " must be today or in the past"));
        } else {
            return false;
        }
        return true;
    }
}
