package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.tally;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.opencsc.returns.cin.CensusChild;

class FewChildrenWithoutSexTest {

    private final FewChildrenWithoutSex rule = new FewChildrenWithoutSex();

    @Test
    void three_born_children_in_a_hundred_without_sex_fail_2886Q_for_the_return() {
        var failures = tally(rule, children(97, 3, 0));

        assertThat(failures).extracting(Failure::element).extracting(ElementPath::value)
                .containsExactly("ChildIdentifiers/Sex");
        assertThat(failures).extracting(Failure::child).containsOnlyNulls();
    }

    @Test
    void two_in_a_hundred_without_sex_and_unborn_children_pass_2886Q() {
        assertThat(tally(rule, children(88, 2, 10))).isEmpty();
    }

    /** {@code known} children with sex F, {@code unknown} born with sex U, {@code unborn} unborn (sex U). */
    private static List<CensusChild> children(int known, int unknown, int unborn) {
        List<CensusChild> children = new ArrayList<>();
        for (int i = 0; i < known; i++) {
            children.add(aChild().build());
        }
        for (int i = 0; i < unknown; i++) {
            children.add(aChild().sex("U").build());
        }
        for (int i = 0; i < unborn; i++) {
            children.add(aChild().unbornDue(LocalDate.of(2026, 6, 1)).build());
        }
        return children;
    }
}
