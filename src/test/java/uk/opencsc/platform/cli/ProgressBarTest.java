package uk.opencsc.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void a_bar_is_redrawn_once_per_percent_from_0_to_100_and_once_more_at_the_end() {
        var bytes = new ByteArrayOutputStream();
        try (var bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), "children", 1000)) {
            for (int i = 0; i < 1000; i++) {
                bar.step();
            }
        }
        String printed = bytes.toString(StandardCharsets.UTF_8);

        assertThat(printed.split("\r", -1)).hasSize(1 + 101 + 1);
        assertThat(printed).endsWith("100% 1,000/1,000 children\n");
    }
}
