package uk.opencsc.frontdoor;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A contact with what became of it, for {@link FrontDoorBulkLoad}: a migration from another system or the demo.
 *
 * @param decision       null when not yet decided
 * @param decidedBy      who decided (a username or a name from the old system); null when not decided
 * @param referral       what became of the referral a referral (or strategy discussion) decision opened; null for
 *                       any other decision, and then it must be null
 * @param earlyHelp      what became of the early help an early help decision opened; null otherwise
 */
public record HistoricContact(NewContact contact, ContactDecision decision, String decidedBy, ReferralHistory referral,
                              EarlyHelpHistory earlyHelp) {

    public HistoricContact {
        Objects.requireNonNull(contact, "contact");
        if ((decision == null) != (decidedBy == null)) {
            throw new IllegalArgumentException("A decision needs who made it, and only a decision has one");
        }
        boolean opensReferral = decision != null && decision.outcome().opensReferral();
        boolean opensEarlyHelp = decision != null && decision.outcome() == ContactOutcome.EARLY_HELP;
        if (opensReferral != (referral != null) || opensEarlyHelp != (earlyHelp != null)) {
            throw new IllegalArgumentException("A referral's history comes with a referral decision, early help's with an early help one");
        }
    }

    /**
     * The CIN episode a referral decision opened on the day of the decision.
     *
     * @param primaryNeed null when not recorded
     * @param closedOn    null while open; otherwise with {@code reason}
     */
    public record ReferralHistory(PrimaryNeed primaryNeed, LocalDate closedOn, ReasonForClosure reason, boolean noFurtherAction) {
        public ReferralHistory {
            if ((closedOn == null) != (reason == null)) {
                throw new IllegalArgumentException("A closed referral has a closure date and a reason; an open one neither");
            }
        }
    }

    /**
     * The early help episode an early help decision opened on the day of the decision.
     *
     * @param endedOn null while open; otherwise with {@code endReason} (not STEPPED_UP: a step up is its own referral)
     */
    public record EarlyHelpHistory(String leadOrganisation, String workerName, LocalDate endedOn, EarlyHelpEndReason endReason) {
        public EarlyHelpHistory {
            if ((endedOn == null) != (endReason == null)) {
                throw new IllegalArgumentException("An ended episode has an end date and a reason; an open one neither");
            }
            if (endReason == EarlyHelpEndReason.STEPPED_UP) {
                throw new IllegalArgumentException("A step up opens a referral; load it as its own contact");
            }
        }
    }
}
