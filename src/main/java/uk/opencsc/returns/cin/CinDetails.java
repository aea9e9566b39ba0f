package uk.opencsc.returns.cin;

import java.time.LocalDate;
import java.util.List;

/** One {@code <CINdetails>}: a CIN episode, from referral to closure, with what happened within it. */
public record CinDetails(
        LocalDate referralDate,
        String referralSource,
        String primaryNeed,
        LocalDate closureDate,
        String reasonForClosure,
        LocalDate dateOfInitialCpc,
        List<CensusAssessment> assessments,
        List<CinPlanDates> cinPlans,
        List<Section47> section47s,
        Boolean referralNfa,
        List<ProtectionPlan> protectionPlans) {

    public CinDetails {
        assessments = List.copyOf(assessments);
        cinPlans = List.copyOf(cinPlans);
        section47s = List.copyOf(section47s);
        protectionPlans = List.copyOf(protectionPlans);
    }

    /** {@code <Assessments>}: a child and family assessment. An authorisation date means it was completed. */
    public record CensusAssessment(
            LocalDate startDate, LocalDate internalReviewDate, LocalDate authorisationDate, List<String> factors) {
        public CensusAssessment {
            factors = List.copyOf(factors);
        }
    }

    /** {@code <CINPlanDates>}. */
    public record CinPlanDates(LocalDate startDate, LocalDate endDate) {}

    /** {@code <Section47>}: an enquiry and, when one was held, its initial child protection conference. */
    public record Section47(
            LocalDate startDate, LocalDate initialCpcTarget, LocalDate dateOfInitialCpc, Boolean icpcNotRequired) {}

    /** {@code <ChildProtectionPlans>}. */
    public record ProtectionPlan(
            LocalDate startDate,
            LocalDate endDate,
            String initialCategoryOfAbuse,
            String latestCategoryOfAbuse,
            Integer numberOfPreviousPlans,
            List<LocalDate> reviewDates) {
        public ProtectionPlan {
            reviewDates = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(reviewDates));
        }
    }
}
