package uk.opencsc.returns.cin;

import org.junit.jupiter.api.Test;
import uk.opencsc.returns.cin.rules.ElementPath;
import uk.opencsc.returns.cin.rules.Failure;
import uk.opencsc.returns.cin.rules.Severity;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CensusChangeTest {

    private static Failure failure(String code, Severity severity, String element) {
        return new Failure("C1", ElementPath.of(element), code, severity, "message " + code);
    }

    @Test
    void a_failure_the_child_had_before_is_not_new() {
        Failure old = failure("8815", Severity.ERROR, "CINdetails[1]");
        assertThat(CensusChange.between(List.of(old), List.of(old))).isEqualTo(new CensusChange(List.of(), List.of()));
    }

    @Test
    void a_rule_failing_for_the_first_time_is_a_new_error_or_query_by_its_severity() {
        Failure error = failure("1103", Severity.ERROR, "CINdetails[1]/Assessments[1]/AssessmentActualStartDate");
        Failure query = failure("8670Q", Severity.QUERY, "CINdetails[1]/Assessments[1]");
        CensusChange change = CensusChange.between(List.of(), List.of(error, query));
        assertThat(change.newErrors()).containsExactly(error);
        assertThat(change.newQueries()).containsExactly(query);
    }

    @Test
    void a_rule_failing_more_often_reports_the_elements_that_did_not_fail_before() {
        Failure first = failure("1103", Severity.ERROR, "CINdetails[1]/Assessments[1]/AssessmentActualStartDate");
        Failure second = failure("1103", Severity.ERROR, "CINdetails[1]/Assessments[2]/AssessmentActualStartDate");
        assertThat(CensusChange.between(List.of(first), List.of(first, second)).newErrors()).containsExactly(second);
    }

    @Test
    void a_rule_failing_as_often_at_shifted_positions_is_not_new_and_one_more_at_shifted_positions_is() {
        Failure before = failure("1103", Severity.ERROR, "CINdetails[1]/Assessments[1]/AssessmentActualStartDate");
        Failure shifted = failure("1103", Severity.ERROR, "CINdetails[2]/Assessments[1]/AssessmentActualStartDate");
        assertThat(CensusChange.between(List.of(before), List.of(shifted)).newErrors()).isEmpty();
        assertThat(CensusChange.between(List.of(before), List.of(before, before)).newErrors()).containsExactly(before);
    }

    @Test
    void a_failure_mended_by_the_change_is_not_reported() {
        Failure old = failure("8815", Severity.ERROR, "CINdetails[1]");
        assertThat(CensusChange.between(List.of(old), List.of()).newErrors()).isEmpty();
    }
}
