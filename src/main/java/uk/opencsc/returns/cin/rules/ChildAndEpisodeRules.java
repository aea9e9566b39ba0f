package uk.opencsc.returns.cin.rules;

import java.util.List;

/**
 * The rules about the child (identifiers, characteristics), the CIN episode (referral, closure, no further
 * action), the header and the return as a whole.
 */
final class ChildAndEpisodeRules {

    private ChildAndEpisodeRules() {}

    static List<CensusRule> all() {
        return List.of(
                // The header and the return as a whole
                new ReferenceDateIsCensusDay(),
                new UpnUniqueInReturn(),
                new LaChildIdUniqueInReturn(),
                new FewChildrenWithoutSex(),
                new DisabilityCodesVaried(),
                new SomeChildHasSeveralDisabilities(),
                // Child identifiers
                new UpnCheckLetter(),
                new UpnLaCode(),
                new UpnMiddleDigits(),
                new UpnLastCharacter(),
                new FormerUpnFormat(),
                new LaChildIdLength(),
                new LaChildIdAlphanumeric(),
                new LaChildIdPresent(),
                new UpnForSchoolAgeChild(),
                new Un7OnlyForNoFurtherAction(),
                new SexCode(),
                new UnbornSexUnknown(),
                new BirthNotAfterCensus(),
                new BirthOrExpectedBirthDate(),
                new ExpectedBirthNearCensus(),
                new DeathNotBeforeBirth(),
                new DeathInCensusYear(),
                new ChildOver25(),
                // Child characteristics
                new EthnicityCode(),
                new DisabilityCode(),
                new NoDisabilityStandsAlone(),
                new DisabilityNotRepeated(),
                // CIN episodes
                new ChildHasEpisode(),
                new ReferralDateInCensus(),
                new ReferralSourceCode(),
                new ReferralNotAfterDeath(),
                new ReferralNotLongBeforeBirth(),
                new ReferralNfaPresent(),
                new NfaOnlyForReferralsInYear(),
                new PrimaryNeedForFurtherAction(),
                new PrimaryNeedCodeValid(),
                new ClosureDateInCensusYear(),
                new ClosureNotBeforeReferral(),
                new ClosureDateHasReason(),
                new ReasonHasClosureDate(),
                new ReasonForClosureCode(),
                new DiedClosureHasDeathDate(),
                new ClosedAfterAssessmentHasAssessment(),
                new OneOpenEpisode(),
                new OpenEpisodeIsLatest(),
                new EpisodesDoNotOverlap(),
                new NoActivityAfterClosure(),
                new NoActivityOnNfaReferral(),
                new NoProtectionPlanOnNfaReferral(),
                new NoActivityAfterAssessmentClosure());
    }
}
