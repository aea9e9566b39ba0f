package uk.opencsc.frontdoor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.opencsc.platform.validation.CodeList;
import uk.opencsc.support.IntegrationTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The front door tables' CHECK constraints hold exactly the codes of the CIN census enums, so neither accepts what the other refuses. */
@IntegrationTest
class FrontDoorCodeListConstraintsTest {

    @Autowired JdbcClient jdbc;

    List<String> codesAllowedBy(String constraint) {
        String definition = jdbc.sql("select pg_get_constraintdef(oid) from pg_constraint where conname = :name")
                .param("name", constraint).query(String.class).single();
        Matcher m = Pattern.compile("'([^']+)'::text").matcher(definition);
        List<String> codes = new ArrayList<>();
        while (m.find()) codes.add(m.group(1));
        return codes;
    }

    static List<String> codes(CodeList[] values) {
        return Arrays.stream(values).map(CodeList::code).toList();
    }

    @Test
    void every_front_door_code_column_allows_exactly_the_codes_of_its_enum() {
        assertThat(codesAllowedBy("contact_source_check")).containsExactlyInAnyOrderElementsOf(codes(ReferralSource.values()));
        assertThat(codesAllowedBy("referral_source_check")).containsExactlyInAnyOrderElementsOf(codes(ReferralSource.values()));
        assertThat(codesAllowedBy("contact_consent_check")).containsExactlyInAnyOrderElementsOf(codes(Consent.values()));
        assertThat(codesAllowedBy("contact_decision_check")).containsExactlyInAnyOrderElementsOf(codes(ContactOutcome.values()));
        assertThat(codesAllowedBy("referral_primary_need_check")).containsExactlyInAnyOrderElementsOf(codes(PrimaryNeed.values()));
        assertThat(codesAllowedBy("referral_reason_for_closure_check")).containsExactlyInAnyOrderElementsOf(codes(ReasonForClosure.values()));
        assertThat(codesAllowedBy("early_help_episode_end_reason_check")).containsExactlyInAnyOrderElementsOf(codes(EarlyHelpEndReason.values()));
    }
}
