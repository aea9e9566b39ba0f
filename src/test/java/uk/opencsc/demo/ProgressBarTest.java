package uk.opencsc.demo;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressBarTest {

    @Test
    void on_a_terminal_the_bar_is_redrawn_in_place_and_ends_with_a_new_line() {
        var out = new ByteArrayOutputStream();
        var bar = new ProgressBar(new PrintStream(out, true), true);
        bar.advanced("users", 1, 4);
        bar.advanced("persons", 4, 4);
        assertThat(out.toString()).startsWith("\r[").contains("  25%  users    1 of 4")
                .contains("\r[##############################] 100%  persons  4 of 4").endsWith(System.lineSeparator());
    }

    @Test
    void in_a_log_it_writes_a_plain_line_per_tenth_not_per_record() {
        var out = new ByteArrayOutputStream();
        var bar = new ProgressBar(new PrintStream(out, true), false);
        for (int i = 1; i <= 1_000; i++) bar.advanced("persons", i, 1_000);
        assertThat(out.toString().lines()).hasSize(11).first().isEqualTo("persons: 1 of 1,000 (0%)");
        assertThat(out.toString()).doesNotContain("\r");
    }
}
