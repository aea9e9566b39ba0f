package uk.opencsc.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private static String run(boolean terminal) {
        var bytes = new ByteArrayOutputStream();
        try (var bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), "children", 1000, terminal)) {
            for (int i = 0; i < 1000; i++) {
                bar.step();
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void on_a_terminal_a_bar_is_redrawn_in_place_once_per_percent_from_0_to_100_and_once_more_at_the_end() {
        String printed = run(true);

        assertThat(printed.split("\r", -1)).hasSize(1 + 101 + 1);
        assertThat(printed).endsWith("100% 1,000/1,000 children\n");
    }

    @Test
    void in_a_log_a_plain_line_is_printed_every_tenth_without_carriage_returns() {
        String printed = run(false);

        assertThat(printed).doesNotContain("\r");
        assertThat(printed.lines()).hasSize(11).endsWith("1,000 of 1,000 children (100%)");
    }
}
