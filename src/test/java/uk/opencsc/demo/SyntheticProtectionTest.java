package uk.opencsc.demo;

import org.junit.jupiter.api.Test;
import uk.opencsc.calendar.WorkingDayCalendar;
import uk.opencsc.frontdoor.HistoricContact;
import uk.opencsc.frontdoor.ReasonForClosure;
import uk.opencsc.protection.ConferenceOutcome;
import uk.opencsc.protection.HistoricEnquiry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticProtectionTest {

    static final LocalDate TODAY = SyntheticFrontDoorTest.TODAY;
    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    @Test
    void child_protection_happens_only_on_episodes_not_closed_with_no_further_action_or_after_assessment_and_ends_by_their_closure() {
        DemoSpecification spec = new DemoSpecification(60_000, 2026, TODAY);
        List<HistoricContact> contacts = SyntheticFrontDoor.generate(spec, SyntheticFrontDoorTest.children(24_000), List.of("tm"), CALENDAR);
        List<HistoricEnquiry> enquiries = SyntheticProtection.generate(spec, contacts, CALENDAR);
        // one enquiry per child, on that child's referral decided when the enquiry's strategy discussion was held
        Map<String, HistoricContact> referralOf = contacts.stream().filter(c -> c.referral() != null).collect(Collectors.toMap(
                c -> c.contact().personId() + "@" + c.decision().decidedAt(), Function.identity(), (a, b) -> a));
        assertThat(enquiries).hasSizeGreaterThan(1_500).allSatisfy(e -> {
            HistoricContact.ReferralHistory referral = referralOf.get(e.personId() + "@" + e.strategyDiscussionAt()).referral();
            assertThat(referral.noFurtherAction()).isFalse();
            assertThat(referral.reason()).isNotIn(ReasonForClosure.RC8, ReasonForClosure.RC9);
            if (referral.closedOn() != null) {
                if (e.conferenceDate() != null) assertThat(e.conferenceDate()).isBeforeOrEqualTo(referral.closedOn());
                if (e.conferenceOutcome() == ConferenceOutcome.PLAN) {
                    assertThat(e.planEnded()).as("the plan ends by its episode's closure").isNotNull().isBeforeOrEqualTo(referral.closedOn());
                }
            }
        });
    }
}
