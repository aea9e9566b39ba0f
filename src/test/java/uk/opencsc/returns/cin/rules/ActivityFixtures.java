package uk.opencsc.returns.cin.rules;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;
import uk.opencsc.returns.cin.CinDetails;
import uk.opencsc.returns.cin.CinDetails.CensusAssessment;
import uk.opencsc.returns.cin.CinDetails.CinPlanDates;
import uk.opencsc.returns.cin.CinDetails.ProtectionPlan;
import uk.opencsc.returns.cin.CinDetails.Section47;

/**
 * Builders for the activity rules' tests: the episode's plans, enquiries and conferences, on top of
 * {@link CensusChildren#aChild()} (referred on {@link CensusChildren#REFERRAL}, 2 June 2025, in the 2026 census).
 * Each test changes one thing about a valid child, so it shows only what its rule is about.
 */
final class ActivityFixtures {

    static final CensusPeriod CENSUS_2026 = CensusPeriod.yearEnding(2026);
    /** The 2026 census's reference date, a Tuesday. */
    static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 3, 31);

    private ActivityFixtures() {}

    /** The valid child with its one episode changed. */
    static CensusChild aChildWhose(UnaryOperator<CinDetails> change) {
        return CensusChildren.withEpisode(CensusChildren.aChild(), change);
    }

    static CensusChild withEpisodes(CensusChild child, CinDetails... episodes) {
        return new CensusChild(child.position(), child.laChildId(), child.upn(), child.formerUpn(),
                child.upnUnknown(), child.birthDate(), child.expectedBirthDate(), child.sex(), child.deathDate(),
                child.ethnicity(), child.disabilities(), List.of(episodes));
    }

    static CensusChild diedOn(CensusChild child, LocalDate deathDate) {
        return new CensusChild(child.position(), child.laChildId(), child.upn(), child.formerUpn(),
                child.upnUnknown(), child.birthDate(), child.expectedBirthDate(), child.sex(), deathDate,
                child.ethnicity(), child.disabilities(), child.cinDetails());
    }

    static CinDetails withCinPlans(CinDetails episode, CinPlanDates... plans) {
        return new CinDetails(episode.referralDate(), episode.referralSource(), episode.primaryNeed(),
                episode.closureDate(), episode.reasonForClosure(), episode.dateOfInitialCpc(), episode.assessments(),
                List.of(plans), episode.section47s(), episode.referralNfa(), episode.protectionPlans());
    }

    static CinDetails withSection47s(CinDetails episode, Section47... enquiries) {
        return new CinDetails(episode.referralDate(), episode.referralSource(), episode.primaryNeed(),
                episode.closureDate(), episode.reasonForClosure(), episode.dateOfInitialCpc(), episode.assessments(),
                episode.cinPlans(), List.of(enquiries), episode.referralNfa(), episode.protectionPlans());
    }

    static CinDetails withProtectionPlans(CinDetails episode, ProtectionPlan... plans) {
        return new CinDetails(episode.referralDate(), episode.referralSource(), episode.primaryNeed(),
                episode.closureDate(), episode.reasonForClosure(), episode.dateOfInitialCpc(), episode.assessments(),
                episode.cinPlans(), episode.section47s(), episode.referralNfa(), List.of(plans));
    }

    static CinDetails closedOn(CinDetails episode, LocalDate closureDate, String reason) {
        return new CinDetails(episode.referralDate(), episode.referralSource(), episode.primaryNeed(), closureDate,
                reason, episode.dateOfInitialCpc(), episode.assessments(), episode.cinPlans(), episode.section47s(),
                episode.referralNfa(), episode.protectionPlans());
    }

    /** The episode's own DateOfInitialCPC, recorded when a conference was held without a section 47 record. */
    static CinDetails withInitialConferenceOn(CinDetails episode, LocalDate conference) {
        return new CinDetails(episode.referralDate(), episode.referralSource(), episode.primaryNeed(),
                episode.closureDate(), episode.reasonForClosure(), conference, episode.assessments(),
                episode.cinPlans(), episode.section47s(), episode.referralNfa(), episode.protectionPlans());
    }

    static CinDetails noFurtherAction(CinDetails episode) {
        return new CinDetails(episode.referralDate(), episode.referralSource(), episode.primaryNeed(),
                episode.closureDate(), episode.reasonForClosure(), episode.dateOfInitialCpc(), episode.assessments(),
                episode.cinPlans(), episode.section47s(), true, episode.protectionPlans());
    }

    static CinDetails referredOn(CinDetails episode, LocalDate referral) {
        return new CinDetails(referral, episode.referralSource(), episode.primaryNeed(), episode.closureDate(),
                episode.reasonForClosure(), episode.dateOfInitialCpc(), episode.assessments(), episode.cinPlans(),
                episode.section47s(), episode.referralNfa(), episode.protectionPlans());
    }

    static CensusAssessment assessment(LocalDate start, LocalDate authorised, String... factors) {
        return new CensusAssessment(start, null, authorised, List.of(factors));
    }

    static CinPlanDates cinPlan(LocalDate start, LocalDate end) {
        return new CinPlanDates(start, end);
    }

    /** An enquiry whose initial conference was held on {@code conference} (null: not held yet). */
    static Section47 enquiry(LocalDate start, LocalDate conference) {
        return new Section47(start, null, conference, false);
    }

    /** An enquiry that ended without a conference: ICPCnotRequired is true. */
    static Section47 enquiryNeedingNoConference(LocalDate start) {
        return new Section47(start, null, null, true);
    }

    static Section47 enquiryWithTarget(LocalDate start, LocalDate target) {
        return new Section47(start, target, null, false);
    }

    /** A neglect plan, the child's first, with no reviews yet. */
    static ProtectionPlan protectionPlan(LocalDate start, LocalDate end) {
        return new ProtectionPlan(start, end, "NEG", "NEG", 0, List.of());
    }

    /** The plan with these review dates; a null stands for a CPPreviewDate that could not be read. */
    static ProtectionPlan reviewedOn(ProtectionPlan plan, LocalDate... reviews) {
        return new ProtectionPlan(plan.startDate(), plan.endDate(), plan.initialCategoryOfAbuse(),
                plan.latestCategoryOfAbuse(), plan.numberOfPreviousPlans(), Arrays.asList(reviews));
    }

    static ProtectionPlan withCategories(ProtectionPlan plan, String initial, String latest) {
        return new ProtectionPlan(plan.startDate(), plan.endDate(), initial, latest, plan.numberOfPreviousPlans(),
                plan.reviewDates());
    }

    static ProtectionPlan withPreviousPlans(ProtectionPlan plan, Integer previous) {
        return new ProtectionPlan(plan.startDate(), plan.endDate(), plan.initialCategoryOfAbuse(),
                plan.latestCategoryOfAbuse(), previous, plan.reviewDates());
    }
}
