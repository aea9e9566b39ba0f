package uk.opencsc.calendar.adapters;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import uk.opencsc.calendar.WorkingDayCalendar;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarCommandTest {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        var command = new CommandLine(new CalendarCommand(WorkingDayCalendar.englandAndWales()));
        command.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    @Test
    void bank_holidays_lists_one_iso_date_and_name_per_line() {
        assertThat(run("bank-holidays", "2027")).isZero();
        assertThat(out.toString().lines()).hasSize(8).contains(
                "2027-03-26 Good Friday", "2027-12-27 Christmas Day (substitute day)", "2027-12-28 Boxing Day (substitute day)");
    }

    @Test
    void bank_holidays_of_a_published_year_include_its_one_off_days() {
        assertThat(run("bank-holidays", "2022")).isZero();
        assertThat(out.toString()).contains("2022-06-03 Platinum Jubilee bank holiday", "2022-09-19 Bank Holiday for the State Funeral");
    }

    @Test
    void add_working_days_prints_the_nth_working_day_after_the_date() {
        assertThat(run("add-working-days", "2026-03-06", "15")).isZero();
        assertThat(out.toString().trim()).isEqualTo("2026-03-27");
    }

    @Test
    void working_days_between_counts_after_from_up_to_and_including_to() {
        assertThat(run("working-days-between", "2026-03-27", "2026-04-10")).isZero();
        assertThat(out.toString().trim()).isEqualTo("8");
    }

    @Test
    void a_bad_date_is_refused_naming_the_argument_without_a_stack_trace() {
        assertThat(run("add-working-days", "2026-02-30", "1")).isNotZero();
        assertThat(err.toString()).contains("DATE").contains("'2026-02-30' is not a real date written yyyy-MM-dd").doesNotContain("\tat ");
    }

    @Test
    void a_negative_number_of_working_days_is_refused_naming_n() {
        assertThat(run("add-working-days", "2026-03-06", "-2")).isNotZero();
        assertThat(err.toString()).contains("N must be 0 or more").doesNotContain("\tat ");
    }

    @Test
    void a_year_that_is_not_a_number_is_refused_naming_year() {
        assertThat(run("bank-holidays", "next")).isNotZero();
        assertThat(err.toString()).contains("YEAR").contains("next");
    }
}
