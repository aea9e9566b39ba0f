package uk.opencsc.frontdoor;

import org.junit.jupiter.api.Test;
import uk.opencsc.access.Role;
import uk.opencsc.platform.validation.FieldProblem;
import uk.opencsc.platform.validation.UnknownCodeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrontDoorRulesTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 4, 15, 0);
    static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 3, 3, 10, 30);

    static NewContact aContact(LocalDateTime receivedAt, Consent consent, String note) {
        return new NewContact(UUID.randomUUID(), receivedAt, ReferralSource.SCHOOLS, "Ms Patel", "Northmoor Primary",
                "Bruising seen on the child's arm", consent, note, null);
    }

    static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }

    @Test
    void a_contact_received_in_the_future_is_refused_naming_the_date_received() {
        assertThat(fields(FrontDoorRules.contact(aContact(NOW.plusMinutes(1), Consent.GIVEN, null), NOW))).containsExactly("receivedDate");
        assertThat(FrontDoorRules.contact(aContact(NOW, Consent.GIVEN, null), NOW)).isEmpty();
    }

    @Test
    void consent_not_needed_or_refused_must_say_why() {
        assertThat(fields(FrontDoorRules.contact(aContact(RECEIVED, Consent.NOT_NEEDED, " "), NOW))).containsExactly("consentNote");
        assertThat(fields(FrontDoorRules.contact(aContact(RECEIVED, Consent.REFUSED, null), NOW))).containsExactly("consentNote");
        assertThat(FrontDoorRules.contact(aContact(RECEIVED, Consent.REFUSED, "Risk of significant harm"), NOW)).isEmpty();
    }

    @Test
    void a_decision_is_recorded_by_a_team_manager_or_head_of_service_and_refused_from_a_social_worker() {
        ContactDecision d = new ContactDecision(ContactOutcome.REFERRAL_TO_SOCIAL_CARE, NOW.minusHours(1), "Injury needs assessing");
        assertThat(FrontDoorRules.decision(RECEIVED, false, d, Role.TEAM_MANAGER, NOW)).isEmpty();
        assertThat(FrontDoorRules.decision(RECEIVED, false, d, Role.HEAD_OF_SERVICE, NOW)).isEmpty();
        assertThat(FrontDoorRules.decision(RECEIVED, false, d, Role.SOCIAL_WORKER, NOW))
                .containsExactly(new FieldProblem("decision", "Decision must be recorded by a team manager or head of service"));
    }

    @Test
    void a_decision_without_a_rationale_is_refused_naming_the_rationale() {
        ContactDecision d = new ContactDecision(ContactOutcome.NO_FURTHER_ACTION, NOW, "  ");
        assertThat(fields(FrontDoorRules.decision(RECEIVED, false, d, Role.TEAM_MANAGER, NOW))).containsExactly("rationale");
    }

    @Test
    void a_decision_before_the_contact_was_received_is_refused_naming_its_date() {
        ContactDecision d = new ContactDecision(ContactOutcome.EARLY_HELP, RECEIVED.minusMinutes(1), "Family asked for support");
        assertThat(fields(FrontDoorRules.decision(RECEIVED, false, d, Role.TEAM_MANAGER, NOW))).containsExactly("decidedDate");
        ContactDecision atReceipt = new ContactDecision(ContactOutcome.EARLY_HELP, RECEIVED, "Family asked for support");
        assertThat(FrontDoorRules.decision(RECEIVED, false, atReceipt, Role.TEAM_MANAGER, NOW)).isEmpty();
    }

    @Test
    void a_contact_is_decided_only_once() {
        ContactDecision d = new ContactDecision(ContactOutcome.NO_FURTHER_ACTION, NOW, "No concerns");
        assertThat(fields(FrontDoorRules.decision(RECEIVED, true, d, Role.TEAM_MANAGER, NOW))).containsExactly("decision");
    }

    @Test
    void a_cin_episode_cannot_close_before_its_referral_nor_in_the_future_and_needs_a_reason() {
        LocalDate referral = LocalDate.of(2026, 1, 10);
        LocalDate today = NOW.toLocalDate();
        assertThat(fields(FrontDoorRules.closure(referral, false, referral.minusDays(1), ReasonForClosure.RC8, today))).containsExactly("closureDate");
        assertThat(fields(FrontDoorRules.closure(referral, false, today.plusDays(1), ReasonForClosure.RC8, today))).containsExactly("closureDate");
        assertThat(fields(FrontDoorRules.closure(referral, false, referral, null, today))).containsExactly("reasonForClosure");
        assertThat(FrontDoorRules.closure(referral, false, referral, ReasonForClosure.RC8, today)).isEmpty();
        assertThat(fields(FrontDoorRules.closure(referral, true, today, ReasonForClosure.RC7, today))).containsExactly("closureDate");
    }

    @Test
    void a_referral_cannot_be_dated_in_the_future() {
        assertThat(fields(FrontDoorRules.referral(NOW.toLocalDate().plusDays(1), NOW.toLocalDate()))).containsExactly("referralDate");
        assertThat(FrontDoorRules.referral(NOW.toLocalDate(), NOW.toLocalDate())).isEmpty();
    }

    @Test
    void early_help_cannot_end_before_it_started() {
        LocalDate start = LocalDate.of(2026, 2, 2);
        assertThat(fields(FrontDoorRules.earlyHelpEnd(start, false, start.minusDays(1), NOW.toLocalDate()))).containsExactly("endDate");
        assertThat(FrontDoorRules.earlyHelpEnd(start, false, start, NOW.toLocalDate())).isEmpty();
    }

    @Test
    void a_referral_within_12_months_of_a_previous_referral_is_a_re_referral() {
        LocalDate referral = LocalDate.of(2026, 3, 4);
        assertThat(FrontDoorRules.isReReferral(referral, List.of(LocalDate.of(2025, 3, 4)))).isTrue();   // exactly 12 months
        assertThat(FrontDoorRules.isReReferral(referral, List.of(LocalDate.of(2025, 3, 3)))).isFalse();  // a day more
        assertThat(FrontDoorRules.isReReferral(referral, List.of(referral))).isFalse();                  // itself
        assertThat(FrontDoorRules.isReReferral(referral, List.of(LocalDate.of(2026, 4, 1)))).isFalse();  // a later one
        assertThat(FrontDoorRules.isReReferral(referral, List.of())).isFalse();
    }

    @Test
    void an_unknown_cin_census_code_is_a_typed_error_naming_the_field() {
        assertThat(ReferralSource.of("3E")).isEqualTo(ReferralSource.ACCIDENT_AND_EMERGENCY);
        assertThat(PrimaryNeed.of("N4").label()).isEqualTo("Family in acute stress");
        assertThat(ReasonForClosure.of("RC8").label()).isEqualTo("Case closed after assessment, no further action");
        assertThatThrownBy(() -> ReferralSource.of("5E")).isInstanceOf(UnknownCodeException.class)
                .hasMessageContaining("'5E' is not a ReferralSource code");
        assertThatThrownBy(() -> PrimaryNeed.of("N10")).isInstanceOf(UnknownCodeException.class)
                .satisfies(e -> assertThat(((UnknownCodeException) e).field()).isEqualTo("primaryNeed"));
    }
}
