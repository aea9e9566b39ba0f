package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.OTHER_UPN;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.tally;

import java.util.List;

import org.junit.jupiter.api.Test;

class LaChildIdUniqueInReturnTest {

    private final LaChildIdUniqueInReturn rule = new LaChildIdUniqueInReturn();

    @Test
    void two_children_with_one_la_child_id_fail_8510_naming_each() {
        var failures = tally(rule, List.of(
                aChild().laChildId("C1").position(1).build(),
                aChild().laChildId("C2").position(2).build(),
                aChild().laChildId("C1").position(3).upn(OTHER_UPN).build()));

        assertThat(failures).extracting(Failure::child).containsExactly("C1", "C1");
        assertThat(failures).extracting(Failure::element).extracting(ElementPath::value)
                .containsOnly("ChildIdentifiers/LAchildID");
    }

    @Test
    void children_with_different_la_child_ids_pass_8510() {
        assertThat(tally(rule, List.of(aChild().laChildId("C1").build(), aChild().laChildId("C2").build()))).isEmpty();
    }
}
