package uk.opencsc.returns.cin.rules;

import java.util.List;

/** The rules about what happens within an episode: assessments, CIN plans, section 47s and child protection plans. */
final class ActivityRules {

    private ActivityRules() {}

    static List<CensusRule> all() {
        return List.of(
                // against the referral
                new AssessmentStartsOnOrAfterReferral(),
                new InitialConferenceOnOrAfterReferral(),
                new ProtectionPlanStartsOnOrAfterReferral(),
                new Section47StartsOnOrAfterReferral(),
                new CinPlanStartsOnOrAfterReferral(),
                // initial conferences and section 47 enquiries
                new PlansStartingNoMoreThanConferences(),
                new InitialConferenceRecordedOnce(),
                new ProtectionPlanStartsOnConferenceDay(),
                new Section47FollowsAssessment(),
                new Section47StartsByInitialConference(),
                new Section47AwaitingConferenceTooLong(),
                new InitialConferenceInCensusYear(),
                new OpenSection47StartsInCensusYear(),
                new OneOpenSection47PerEpisode(),
                new ClosedEpisodeSection47sComplete(),
                new ConferenceTargetNotAtWeekend(),
                new InitialConferenceNotAtWeekend(),
                new Section47StartsWhileAnotherOngoing(),
                // child in need plans
                new NoCinPlanAfterNoFurtherAction(),
                new CinPlanNotOpenBesideProtectionPlan(),
                new ReviewNotDuringCinPlan(),
                new OneOpenCinPlanPerEpisode(),
                new CinPlanStartsBeforeDeath(),
                new CinPlanEndsByDeath(),
                new CinPlanStartInCollectionPeriod(),
                new CinPlanEndsAfterStart(),
                new CinPlanLastsMoreThanADay(),
                new CinPlanEndsInCensusYear(),
                new CinPlansDoNotOverlap(),
                new CinPlanDoesNotStartDuringProtectionPlan(),
                new ProtectionPlanDoesNotStartDuringCinPlan(),
                // assessments
                new AssessmentStartsByAuthorisation(),
                new FactorsOnlyForCompletedAssessment(),
                new AssessmentOpenTooLong(),
                new AssessmentAuthorisedInCensusYear(),
                new OpenAssessmentStartsInCensusYear(),
                new AssessmentStartsWhileAnotherOngoing(),
                new ClosedEpisodeAssessmentsComplete(),
                new NoFactorsCodeStandsAlone(),
                new NoFactorsEpisodeClosedAfterAssessment(),
                new OneOpenAssessmentPerEpisode(),
                new CompletedAssessmentHasFactors(),
                new FactorsNotRepeated(),
                new PhysicalAbuseFactorSaysWho(),
                new SexualAbuseFactorSaysWho(),
                // child protection plans
                new ProtectionPlanStartInCollectionPeriod(),
                new PreviousPlansCounted(),
                new ProtectionPlanLastsMoreThanADay(),
                new ReviewAfterPlanStart(),
                new ReviewHasDate(),
                new InitialCategoryOfAbuseValid(),
                new LatestCategoryOfAbuseValid(),
                new ProtectionPlanStartsBeforeDeath(),
                new ProtectionPlanEndsByDeath(),
                new ProtectionPlanEndsAfterStart(),
                new ProtectionPlanEndsInCensusYear(),
                new OneOpenProtectionPlan(),
                new ProtectionPlansDoNotOverlap());
    }
}
