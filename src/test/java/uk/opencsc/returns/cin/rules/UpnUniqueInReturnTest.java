package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.OTHER_UPN;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.UPN;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.tally;

import java.util.List;

import org.junit.jupiter.api.Test;

class UpnUniqueInReturnTest {

    private final UpnUniqueInReturn rule = new UpnUniqueInReturn();

    @Test
    void two_children_with_one_upn_fail_1520_naming_both() {
        var failures = tally(rule, List.of(
                aChild().laChildId("A1").upn(UPN).build(),
                aChild().laChildId("B2").upn(OTHER_UPN).build(),
                aChild().laChildId("C3").upn(UPN).build()));

        assertThat(failures).extracting(Failure::child).containsExactly("A1", "C3");
        assertThat(failures).extracting(Failure::element).extracting(ElementPath::value)
                .containsOnly("ChildIdentifiers/UPN");
    }

    @Test
    void children_with_different_upns_or_none_pass_1520() {
        assertThat(tally(rule, List.of(
                aChild().laChildId("A1").upn(UPN).build(),
                aChild().laChildId("B2").upn(OTHER_UPN).build(),
                aChild().laChildId("C3").noUpn("UN5").build(),
                aChild().laChildId("D4").noUpn("UN5").build()))).isEmpty();
    }
}
