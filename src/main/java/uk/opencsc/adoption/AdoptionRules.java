package uk.opencsc.adoption;

import uk.opencsc.platform.validation.FieldProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules a child's adoption and permanence record must keep, each a named function returning the problems it
 * finds, each naming the field so a form (or an import) can say where. The order of the milestones follows the
 * Adoption and Children Act 2002 and the Adoption Agencies Regulations 2005: the agency decision maker decides the
 * child should be placed for adoption (reg 19), the court makes a placement order (s21) unless the parents consent
 * (s19), the agency decision maker matches the child with approved adopters (reg 33), the child is placed, and only
 * then may the court make the adoption order (s46; s42 needs the child to have lived with the applicants first).
 * Plain functions: the caller passes today and the facts of the matched household.
 */
public final class AdoptionRules {

    private AdoptionRules() {
    }

    /** Every rule at once, for a save: the problems of all of them, so the form shows each field's problem together. */
    public static List<FieldProblem> record(AdoptionMilestones m, LocalDate dateOfBirth, HouseholdDetails matchedHousehold,
                                            LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        problems.addAll(datesNotInTheFuture(m, today));
        problems.addAll(datesNotBeforeBirth(m, dateOfBirth));
        problems.addAll(adoptionOrderNotBeforePlacement(m));
        problems.addAll(placementNotBeforeMatch(m));
        problems.addAll(placementNeedsTheDecisionAndItsAuthority(m));
        problems.addAll(placementOrderNotBeforeTheDecision(m));
        problems.addAll(matchNeedsTheDecisionAndApprovedAdopters(m, matchedHousehold));
        problems.addAll(reversalNeedsADecisionToReverse(m));
        problems.addAll(earlyPlacementNeedsItsKindAndComesFirst(m));
        problems.addAll(siblingGroupSaysTogetherOrApart(m));
        return firstPerField(problems);
    }

    /** No milestone can be recorded before it happens. */
    public static List<FieldProblem> datesNotInTheFuture(AdoptionMilestones m, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        dates(m).forEach((field, d) -> {
            if (d.date() != null && d.date().isAfter(today)) {
                problems.add(new FieldProblem(field, d.label() + " must be today or in the past"));
            }
        });
        return problems;
    }

    /** No milestone of the child's adoption comes before the child was born. */
    public static List<FieldProblem> datesNotBeforeBirth(AdoptionMilestones m, LocalDate dateOfBirth) {
        List<FieldProblem> problems = new ArrayList<>();
        if (dateOfBirth == null) {
            return problems;
        }
        dates(m).forEach((field, d) -> {
            if (d.date() != null && d.date().isBefore(dateOfBirth)) {
                problems.add(new FieldProblem(field, d.label() + " must be on or after the child's date of birth, " + dateOfBirth));
            }
        });
        return problems;
    }

    /** The court makes an adoption order for a child placed with the applicants, never before the placement. */
    public static List<FieldProblem> adoptionOrderNotBeforePlacement(AdoptionMilestones m) {
        if (m.adoptionOrderDate() == null) {
            return List.of();
        }
        if (m.placedDate() == null) {
            return List.of(new FieldProblem("adoptionOrderDate",
                    "Date of the adoption order needs the child placed for adoption first: enter the date placed for adoption"));
        }
        if (m.adoptionOrderDate().isBefore(m.placedDate())) {
            return List.of(new FieldProblem("adoptionOrderDate",
                    "Date of the adoption order must be on or after the child was placed for adoption, " + m.placedDate()));
        }
        return List.of();
    }

    /** A child is placed with the adopters the agency decision maker matched them with, so not before the match. */
    public static List<FieldProblem> placementNotBeforeMatch(AdoptionMilestones m) {
        if (m.placedDate() == null) {
            return List.of();
        }
        if (m.matchedDate() == null) {
            return List.of(new FieldProblem("placedDate", "Date placed for adoption needs the match first: enter the date of the match"));
        }
        if (m.placedDate().isBefore(m.matchedDate())) {
            return List.of(new FieldProblem("placedDate", "Date placed for adoption must be on or after the match, " + m.matchedDate()));
        }
        return List.of();
    }

    /**
     * An agency may place a child for adoption only after its decision maker decided the child should be placed, and
     * only under a placement order or with the parents' consent (2002 Act s18): where a placement order is the
     * authority, not before it was made. The child entered care before being placed.
     */
    public static List<FieldProblem> placementNeedsTheDecisionAndItsAuthority(AdoptionMilestones m) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate placed = m.placedDate();
        if (placed == null) {
            return problems;
        }
        if (m.admDecisionDate() == null || placed.isBefore(m.admDecisionDate())) {
            problems.add(new FieldProblem("placedDate", m.admDecisionDate() == null
                    ? "Date placed for adoption needs the agency decision maker's decision that the child should be placed for adoption"
                    : "Date placed for adoption must be on or after the agency decision maker's decision, " + m.admDecisionDate()));
        }
        if (m.authority() == null) {
            problems.add(new FieldProblem("authority", "Select what authorised the placement: a placement order or the parents' consent"));
        } else if (m.authority() == PlacementAuthority.PLACEMENT_ORDER
                && (m.placementOrderDate() == null || placed.isBefore(m.placementOrderDate()))) {
            problems.add(new FieldProblem("placedDate", m.placementOrderDate() == null
                    ? "Date placed for adoption needs the placement order: enter the date of the placement order"
                    : "Date placed for adoption must be on or after the placement order, " + m.placementOrderDate()));
        }
        if (m.enteredCareDate() != null && placed.isBefore(m.enteredCareDate())) {
            problems.add(new FieldProblem("enteredCareDate",
                    "Date the child entered care must be on or before the child was placed for adoption, " + placed));
        }
        return problems;
    }

    /** The agency applies for a placement order after deciding the child should be placed; the order names its court. */
    public static List<FieldProblem> placementOrderNotBeforeTheDecision(AdoptionMilestones m) {
        List<FieldProblem> problems = new ArrayList<>();
        if (m.placementOrderDate() == null) {
            if (m.placementOrderCourt() != null) {
                problems.add(new FieldProblem("placementOrderDate", "Enter the date of the placement order, or leave the court blank"));
            }
            return problems;
        }
        if (m.admDecisionDate() == null || m.placementOrderDate().isBefore(m.admDecisionDate())) {
            problems.add(new FieldProblem("placementOrderDate", m.admDecisionDate() == null
                    ? "Date of the placement order needs the agency decision maker's decision that the child should be placed for adoption"
                    : "Date of the placement order must be on or after the agency decision maker's decision, " + m.admDecisionDate()));
        }
        if (m.placementOrderCourt() == null) {
            problems.add(new FieldProblem("placementOrderCourt", "Enter the court that made the placement order"));
        }
        return problems;
    }

    /**
     * A match is the agency decision maker's, after the decision that the child should be placed, with adopters the
     * agency approved on or before that day and who had not left the process.
     *
     * @param household the matched household, or null when none is chosen
     */
    public static List<FieldProblem> matchNeedsTheDecisionAndApprovedAdopters(AdoptionMilestones m, HouseholdDetails household) {
        List<FieldProblem> problems = new ArrayList<>();
        if (m.matchedDate() == null) {
            if (m.householdId() != null) {
                problems.add(new FieldProblem("matchedDate", "Enter the date of the match with the chosen adopters"));
            }
            return problems;
        }
        if (m.admDecisionDate() == null || m.matchedDate().isBefore(m.admDecisionDate())) {
            problems.add(new FieldProblem("matchedDate", m.admDecisionDate() == null
                    ? "Date of the match needs the agency decision maker's decision that the child should be placed for adoption"
                    : "Date of the match must be on or after the agency decision maker's decision, " + m.admDecisionDate()));
        }
        if (m.householdId() == null || household == null) {
            problems.add(new FieldProblem("householdId", "Select the approved adopters the child was matched with"));
        } else if (household.approvalDate() == null || household.approvalDate().isAfter(m.matchedDate())) {
            problems.add(new FieldProblem("householdId", household.names() + " had not been approved as adopters by the date of the match"));
        } else if (household.leftDate() != null && !household.leftDate().isAfter(m.matchedDate())) {
            problems.add(new FieldProblem("householdId", household.names() + " had left the adoption process by the date of the match"));
        }
        return problems;
    }

    /**
     * A decision that the child should no longer be placed for adoption reverses an earlier decision that they
     * should be, before any adoption order, and gives its reason (RD1-RD4).
     */
    public static List<FieldProblem> reversalNeedsADecisionToReverse(AdoptionMilestones m) {
        List<FieldProblem> problems = new ArrayList<>();
        if (m.reversedDate() == null) {
            if (m.reversedReason() != null) {
                problems.add(new FieldProblem("reversedDate", "Enter the date of the decision that the child should no longer be placed for adoption"));
            }
            return problems;
        }
        if (m.admDecisionDate() == null) {
            problems.add(new FieldProblem("reversedDate",
                    "There is no decision that the child should be placed for adoption to reverse: enter the agency decision maker's decision first"));
        } else if (m.reversedDate().isBefore(m.admDecisionDate())) {
            problems.add(new FieldProblem("reversedDate",
                    "Date of the reversal must be on or after the decision it reverses, " + m.admDecisionDate()));
        } else if (m.adoptionOrderDate() != null) {
            problems.add(new FieldProblem("reversedDate", "The child was adopted on " + m.adoptionOrderDate()
                    + ": a decision after the adoption order cannot reverse it"));
        }
        if (m.reversedReason() == null) {
            problems.add(new FieldProblem("reversedReason", "Select why the child should no longer be placed for adoption"));
        }
        return problems;
    }

    /**
     * A fostering for adoption or concurrent planning placement says which it is, and began no later than the
     * placement for adoption it leads to.
     */
    public static List<FieldProblem> earlyPlacementNeedsItsKindAndComesFirst(AdoptionMilestones m) {
        List<FieldProblem> problems = new ArrayList<>();
        if (m.earlyPlacementDate() == null) {
            if (m.earlyPlacementKind() != null) {
                problems.add(new FieldProblem("earlyPlacementDate", "Enter the date the fostering for adoption or concurrent placement began"));
            }
            return problems;
        }
        if (m.earlyPlacementKind() == null) {
            problems.add(new FieldProblem("earlyPlacementKind", "Select fostering for adoption or concurrent planning"));
        }
        if (m.placedDate() != null && m.earlyPlacementDate().isAfter(m.placedDate())) {
            problems.add(new FieldProblem("earlyPlacementDate",
                    "Date of the early placement must be on or before the child was placed for adoption, " + m.placedDate()));
        }
        return problems;
    }

    /** A sibling group says whether the child was placed with the siblings, and why not when apart. */
    public static List<FieldProblem> siblingGroupSaysTogetherOrApart(AdoptionMilestones m) {
        List<FieldProblem> problems = new ArrayList<>();
        if (m.siblingIds().isEmpty()) {
            if (m.siblingsPlaced() != null) {
                problems.add(new FieldProblem("siblingLocalIds", "Enter the local IDs of the siblings in the group"));
            }
            return problems;
        }
        if (m.siblingsPlaced() == null) {
            problems.add(new FieldProblem("siblingsPlaced", "Select whether the child was placed together with the siblings or apart"));
        } else if (m.siblingsPlaced() == SiblingsPlaced.APART && m.siblingsApartReason() == null) {
            problems.add(new FieldProblem("siblingsApartReason", "Say why the siblings were placed apart"));
        }
        return problems;
    }

    private record LabelledDate(String label, LocalDate date) {
    }

    private static Map<String, LabelledDate> dates(AdoptionMilestones m) {
        Map<String, LabelledDate> dates = new LinkedHashMap<>();
        dates.put("enteredCareDate", new LabelledDate("Date the child entered care", m.enteredCareDate()));
        dates.put("admDecisionDate", new LabelledDate("Date of the agency decision maker's decision", m.admDecisionDate()));
        dates.put("placementOrderDate", new LabelledDate("Date of the placement order", m.placementOrderDate()));
        dates.put("matchedDate", new LabelledDate("Date of the match", m.matchedDate()));
        dates.put("earlyPlacementDate", new LabelledDate("Date of the early placement", m.earlyPlacementDate()));
        dates.put("placedDate", new LabelledDate("Date placed for adoption", m.placedDate()));
        dates.put("adoptionOrderDate", new LabelledDate("Date of the adoption order", m.adoptionOrderDate()));
        dates.put("reversedDate", new LabelledDate("Date of the reversal", m.reversedDate()));
        return dates;
    }

    /** One message per field, the first found: a field in the future need not also be told it is out of order. */
    private static List<FieldProblem> firstPerField(List<FieldProblem> problems) {
        Map<String, FieldProblem> first = new LinkedHashMap<>();
        problems.forEach(p -> first.putIfAbsent(p.field(), p));
        return List.copyOf(first.values());
    }

    /** A special guardianship or child arrangements order: with whom, on a day not in the future nor before birth. */
    public static List<FieldProblem> permanenceOrder(PermanenceOrderKind kind, LocalDate orderDate, String madeTo,
                                                     LocalDate dateOfBirth, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new FieldProblem("kind", "Select which order the court made"));
        }
        if (orderDate != null && orderDate.isAfter(today)) {
            problems.add(new FieldProblem("orderDate", "Date of the order must be today or in the past"));
        } else if (orderDate != null && dateOfBirth != null && orderDate.isBefore(dateOfBirth)) {
            problems.add(new FieldProblem("orderDate", "Date of the order must be on or after the child's date of birth, " + dateOfBirth));
        }
        if (madeTo == null || madeTo.isBlank()) {
            problems.add(new FieldProblem("madeTo", "Enter who the order was made to"));
        }
        return problems;
    }
}
