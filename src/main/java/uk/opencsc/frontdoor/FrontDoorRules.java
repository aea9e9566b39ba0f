package uk.opencsc.frontdoor;

import uk.opencsc.access.Role;
import uk.opencsc.platform.validation.FieldProblem;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The front door's rules, each naming the field it refuses so a form or an import can say where. Plain
 * functions of their inputs: the caller passes "now".
 */
public final class FrontDoorRules {

    /**
     * Who may decide what happens to a contact. Working Together to Safeguard Children asks that the decision
     * be made by a qualified social worker with management oversight; OpenCSC records it as the manager's.
     */
    public static final Set<Role> DECIDERS = Set.of(Role.TEAM_MANAGER, Role.HEAD_OF_SERVICE);

    /** A re-referral is a referral within 12 months of a previous one (DfE, Children in need statistics: re-referrals). */
    public static final int RE_REFERRAL_MONTHS = 12;

    private FrontDoorRules() {
    }

    /** A contact as typed: it was received in the past, says who and why, and says why consent was not needed or refused. */
    public static List<FieldProblem> contact(NewContact contact, LocalDateTime now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (contact.receivedAt().isAfter(now)) {
            problems.add(new FieldProblem("receivedDate", "Date and time received must be now or in the past"));
        }
        if (blank(contact.contactName())) {
            problems.add(new FieldProblem("contactName", "Enter who made the contact"));
        }
        if (blank(contact.reason())) {
            problems.add(new FieldProblem("reason", "Enter the reason for the contact"));
        }
        if (contact.consent() != Consent.GIVEN && blank(contact.consentNote())) {
            problems.add(new FieldProblem("consentNote", contact.consent() == Consent.REFUSED
                    ? "Say why the contact goes ahead although consent was refused"
                    : "Say why consent was not needed"));
        }
        return problems;
    }

    /**
     * A decision on a contact: made by a manager, with a rationale, not before the contact was received nor in
     * the future, and only once.
     */
    public static List<FieldProblem> decision(LocalDateTime receivedAt, boolean alreadyDecided, ContactDecision decision,
                                              Role decidedBy, LocalDateTime now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (alreadyDecided) {
            problems.add(new FieldProblem("decision", "Decision has already been recorded for this contact"));
        } else if (!DECIDERS.contains(decidedBy)) {
            problems.add(new FieldProblem("decision", "Decision must be recorded by a team manager or head of service"));
        }
        problems.addAll(decisionFacts(receivedAt, decision, now));
        return problems;
    }

    /**
     * What a decision says, whoever made it: a rationale, and a time not before the contact was received nor in
     * the future. A migration or the demo loads decisions made before OpenCSC by managers who may have no account,
     * so they are checked by this part only.
     */
    public static List<FieldProblem> decisionFacts(LocalDateTime receivedAt, ContactDecision decision, LocalDateTime now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (blank(decision.rationale())) {
            problems.add(new FieldProblem("rationale", "Enter the rationale for the decision"));
        }
        if (decision.decidedAt().isBefore(receivedAt)) {
            problems.add(new FieldProblem("decidedDate", "Date and time of the decision must be on or after the contact was received"));
        } else if (decision.decidedAt().isAfter(now)) {
            problems.add(new FieldProblem("decidedDate", "Date and time of the decision must be now or in the past"));
        }
        return problems;
    }

    /** Closing a CIN episode: once, with a reason, not before the referral that opened it nor in the future. */
    public static List<FieldProblem> closure(LocalDate referralDate, boolean alreadyClosed, LocalDate closureDate,
                                             ReasonForClosure reason, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (alreadyClosed) {
            problems.add(new FieldProblem("closureDate", "Referral has already been closed"));
        } else if (closureDate.isBefore(referralDate)) {
            problems.add(new FieldProblem("closureDate", "Closure date must be on or after the referral date, "
                    + referralDate));
        } else if (closureDate.isAfter(today)) {
            problems.add(new FieldProblem("closureDate", "Closure date must be today or in the past"));
        }
        if (reason == null) {
            problems.add(new FieldProblem("reasonForClosure", "Select the reason the case closed"));
        }
        return problems;
    }

    /** A referral recorded directly (not from a contact's decision): not dated in the future. */
    public static List<FieldProblem> referral(LocalDate referralDate, LocalDate today) {
        return referralDate.isAfter(today)
                ? List.of(new FieldProblem("referralDate", "Referral date must be today or in the past"))
                : List.of();
    }

    /** Ending an early help episode: once, not before it started nor in the future. */
    public static List<FieldProblem> earlyHelpEnd(LocalDate startDate, boolean alreadyEnded, LocalDate endDate, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (alreadyEnded) {
            problems.add(new FieldProblem("endDate", "Early help episode has already ended"));
        } else if (endDate.isBefore(startDate)) {
            problems.add(new FieldProblem("endDate", "End date must be on or after the start date, " + startDate));
        } else if (endDate.isAfter(today)) {
            problems.add(new FieldProblem("endDate", "End date must be today or in the past"));
        }
        return problems;
    }

    /** Starting an early help episode: not in the future, with a lead organisation and a reason. */
    public static List<FieldProblem> earlyHelpStart(LocalDate startDate, String leadOrganisation, String reason, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (startDate.isAfter(today)) {
            problems.add(new FieldProblem("startDate", "Start date must be today or in the past"));
        }
        if (blank(leadOrganisation)) {
            problems.add(new FieldProblem("leadOrganisation", "Enter the lead organisation"));
        }
        if (blank(reason)) {
            problems.add(new FieldProblem("reason", "Enter the reason for early help"));
        }
        return problems;
    }

    /**
     * Whether a referral on {@code referralDate} is a re-referral: a previous referral of the same child on or
     * after the day 12 months before it (and before it).
     *
     * @param previous the child's other referral dates, in any order
     */
    public static boolean isReReferral(LocalDate referralDate, Collection<LocalDate> previous) {
        LocalDate windowStartInclusive = referralDate.minusMonths(RE_REFERRAL_MONTHS);
        return previous.stream().anyMatch(d -> d.isBefore(referralDate) && !d.isBefore(windowStartInclusive));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
