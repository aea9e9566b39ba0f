package uk.opencsc.returns.cin.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CinDetails;
import uk.opencsc.returns.cin.CinDetails.CensusAssessment;

/**
 * Census children for rule tests: a valid child referred in the 2026 census year, and withers to change one
 * thing. Start from {@link #aChild()} so each test shows only what its rule is about.
 */
final class CensusChildren {

    static final LocalDate REFERRAL = LocalDate.of(2025, 6, 2);

    private CensusChildren() {}

    static CensusChild aChild() {
        return new CensusChild(1, "C1", "A123456789012", null, null, LocalDate.of(2015, 3, 27), null, "F", null,
                "WBRI", List.of("NONE"), List.of(anEpisode()));
    }

    static CinDetails anEpisode() {
        return new CinDetails(REFERRAL, "1A", "N1", null, null, null,
                List.of(new CensusAssessment(REFERRAL.plusDays(1), null, REFERRAL.plusDays(20), List.of("2A"))),
                List.of(), List.of(), false, List.of());
    }

    static CensusChild withEpisode(CensusChild child, UnaryOperator<CinDetails> change) {
        return new CensusChild(child.position(), child.laChildId(), child.upn(), child.formerUpn(),
                child.upnUnknown(), child.birthDate(), child.expectedBirthDate(), child.sex(), child.deathDate(),
                child.ethnicity(), child.disabilities(), List.of(change.apply(child.cinDetails().get(0))));
    }

    static CinDetails withAssessments(CinDetails episode, CensusAssessment... assessments) {
        return new CinDetails(episode.referralDate(), episode.referralSource(), episode.primaryNeed(),
                episode.closureDate(), episode.reasonForClosure(), episode.dateOfInitialCpc(), List.of(assessments),
                episode.cinPlans(), episode.section47s(), episode.referralNfa(), episode.protectionPlans());
    }
}
