package uk.opencsc.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileInPlaceTest {

    @TempDir
    Path dir;

    @Test
    void a_file_written_whole_is_moved_into_place_and_no_partial_file_is_left() throws IOException {
        Path target = dir.resolve("census.xml");

        int written = FileInPlace.write(target, out -> {
            out.write("<Message/>".getBytes(StandardCharsets.UTF_8));
            return 1;
        });

        assertThat(written).isEqualTo(1);
        assertThat(target).hasContent("<Message/>");
        assertThat(dir.resolve("census.xml.partial")).doesNotExist();
    }

    @Test
    void a_failure_part_way_leaves_the_previous_file_as_it_was_and_no_partial_file() throws IOException {
        Path target = dir.resolve("census.xml");
        Files.writeString(target, "last year's");

        assertThatThrownBy(() -> FileInPlace.write(target, out -> {
            out.write("<Message>".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("the database went away");
        })).hasMessage("the database went away");

        assertThat(target).hasContent("last year's");
        assertThat(dir.resolve("census.xml.partial")).doesNotExist();
    }
}
