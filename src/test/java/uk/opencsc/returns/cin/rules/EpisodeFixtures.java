package uk.opencsc.returns.cin.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusHeader;
import uk.opencsc.returns.cin.CensusPeriod;
import uk.opencsc.returns.cin.CinDetails;
import uk.opencsc.returns.cin.CinDetails.CensusAssessment;
import uk.opencsc.returns.cin.CinDetails.CinPlanDates;
import uk.opencsc.returns.cin.CinDetails.ProtectionPlan;
import uk.opencsc.returns.cin.CinDetails.Section47;

/**
 * Children and episodes for the child and episode rule tests, in the 2026 census. {@link #aChild()} is a born
 * child with a valid Manchester UPN and one open episode referred in June 2025 that went on to an assessment,
 * so it passes every child and episode rule; a test changes only what its rule is about:
 * {@code aChild().upn("X352000000011").build()}, {@code aChild().episodes(anEpisode().nfa(true)).build()}.
 */
final class EpisodeFixtures {

    static final CensusPeriod PERIOD = CensusPeriod.yearEnding(2026);
    static final LocalDate REFERRAL = LocalDate.of(2025, 6, 2);
    /** A valid UPN allocated by Manchester (LA 352): check letter J. */
    static final String UPN = "J352000000011";
    static final String OTHER_UPN = "L352000000022";

    private EpisodeFixtures() {}

    static ChildBuilder aChild() {
        return new ChildBuilder();
    }

    static EpisodeBuilder anEpisode() {
        return new EpisodeBuilder();
    }

    static CensusAssessment anAssessmentStarted(LocalDate start) {
        return new CensusAssessment(start, null, start.plusDays(20), List.of("2A"));
    }

    static CinPlanDates aCinPlan(LocalDate start, LocalDate end) {
        return new CinPlanDates(start, end);
    }

    static Section47 aSection47(LocalDate start) {
        return new Section47(start, null, null, false);
    }

    static ProtectionPlan aProtectionPlan(LocalDate start, LocalDate end) {
        return new ProtectionPlan(start, end, "NEG", "NEG", 0, List.of());
    }

    static CensusHeader aHeader(LocalDate referenceDate) {
        return new CensusHeader("CIN", "2026", referenceDate, "L", "352", "OpenCSC", "1", "1",
                LocalDateTime.of(2026, 4, 10, 9, 0));
    }

    /** Runs a return rule over {@code children} as the validator would: one tally, each child seen once. */
    static List<Failure> tally(ReturnRule rule, CensusHeader header, List<CensusChild> children) {
        ReturnRule.Tally tally = rule.start(header, PERIOD);
        children.forEach(tally::see);
        return tally.finish();
    }

    static List<Failure> tally(ReturnRule rule, List<CensusChild> children) {
        return tally(rule, aHeader(PERIOD.referenceDate()), children);
    }

    static final class ChildBuilder {
        private int position = 1;
        private String laChildId = "C1";
        private String upn = UPN;
        private String formerUpn;
        private String upnUnknown;
        private LocalDate birthDate = LocalDate.of(2015, 3, 27);
        private LocalDate expectedBirthDate;
        private String sex = "F";
        private LocalDate deathDate;
        private String ethnicity = "WBRI";
        private List<String> disabilities = List.of("NONE");
        private List<CinDetails> episodes = List.of(anEpisode().build());

        ChildBuilder position(int value) {
            position = value;
            return this;
        }

        ChildBuilder laChildId(String value) {
            laChildId = value;
            return this;
        }

        ChildBuilder upn(String value) {
            upn = value;
            return this;
        }

        ChildBuilder formerUpn(String value) {
            formerUpn = value;
            return this;
        }

        /** No UPN, for the reason given (null for none). */
        ChildBuilder noUpn(String reason) {
            upn = null;
            upnUnknown = reason;
            return this;
        }

        ChildBuilder upnUnknown(String value) {
            upnUnknown = value;
            return this;
        }

        ChildBuilder born(LocalDate value) {
            birthDate = value;
            return this;
        }

        /** Unborn: no date of birth, the expected one given, sex U. */
        ChildBuilder unbornDue(LocalDate expected) {
            birthDate = null;
            expectedBirthDate = expected;
            sex = "U";
            return this;
        }

        ChildBuilder expectedBirthDate(LocalDate value) {
            expectedBirthDate = value;
            return this;
        }

        ChildBuilder sex(String value) {
            sex = value;
            return this;
        }

        ChildBuilder died(LocalDate value) {
            deathDate = value;
            return this;
        }

        ChildBuilder ethnicity(String value) {
            ethnicity = value;
            return this;
        }

        ChildBuilder disabilities(String... codes) {
            disabilities = List.of(codes);
            return this;
        }

        ChildBuilder episodes(EpisodeBuilder... builders) {
            episodes = Arrays.stream(builders).map(EpisodeBuilder::build).toList();
            return this;
        }

        CensusChild build() {
            return new CensusChild(position, laChildId, upn, formerUpn, upnUnknown, birthDate, expectedBirthDate, sex,
                    deathDate, ethnicity, disabilities, episodes);
        }
    }

    static final class EpisodeBuilder {
        private LocalDate referralDate = REFERRAL;
        private String referralSource = "1A";
        private String primaryNeed = "N1";
        private LocalDate closureDate;
        private String reasonForClosure;
        private LocalDate dateOfInitialCpc;
        private List<CensusAssessment> assessments = List.of(anAssessmentStarted(REFERRAL.plusDays(1)));
        private final List<CinPlanDates> cinPlans = new ArrayList<>();
        private final List<Section47> section47s = new ArrayList<>();
        private Boolean referralNfa = false;
        private final List<ProtectionPlan> protectionPlans = new ArrayList<>();

        EpisodeBuilder referred(LocalDate value) {
            referralDate = value;
            assessments = assessments.stream()
                    .map(a -> value == null ? a : anAssessmentStarted(value.plusDays(1))).toList();
            return this;
        }

        EpisodeBuilder source(String value) {
            referralSource = value;
            return this;
        }

        EpisodeBuilder primaryNeed(String value) {
            primaryNeed = value;
            return this;
        }

        EpisodeBuilder closed(LocalDate date, String reason) {
            closureDate = date;
            reasonForClosure = reason;
            return this;
        }

        EpisodeBuilder initialCpc(LocalDate value) {
            dateOfInitialCpc = value;
            return this;
        }

        EpisodeBuilder assessments(CensusAssessment... values) {
            assessments = List.of(values);
            return this;
        }

        EpisodeBuilder cinPlan(CinPlanDates value) {
            cinPlans.add(value);
            return this;
        }

        EpisodeBuilder section47(Section47 value) {
            section47s.add(value);
            return this;
        }

        EpisodeBuilder protectionPlan(ProtectionPlan value) {
            protectionPlans.add(value);
            return this;
        }

        /** The referral flag as written: true (no further action), false, or null (missing or unreadable). */
        EpisodeBuilder nfa(Boolean value) {
            referralNfa = value;
            return this;
        }

        /** A referral closed the same day with no further action: no assessment, no need recorded. */
        EpisodeBuilder noFurtherActionOn(LocalDate date) {
            referralDate = date;
            referralNfa = true;
            closureDate = date;
            reasonForClosure = "RC7";
            assessments = List.of();
            return this;
        }

        CinDetails build() {
            return new CinDetails(referralDate, referralSource, primaryNeed, closureDate, reasonForClosure,
                    dateOfInitialCpc, assessments, cinPlans, section47s, referralNfa, protectionPlans);
        }
    }
}
