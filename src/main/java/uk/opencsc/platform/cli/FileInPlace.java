package uk.opencsc.platform.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a command's output file beside its target ({@code FILE.partial}) and moves it into place only once it is
 * complete, so a failure part-way never leaves half a return under the name a person or a pipeline will pick up.
 */
public final class FileInPlace {

    /** What writes the file's content. */
    @FunctionalInterface
    public interface Content<T> {
        T writeTo(OutputStream out) throws IOException;
    }

    private FileInPlace() {
    }

    /**
     * @return what {@code content} returned
     * @throws IOException (or the content's own exception) when writing or the move failed; the partial file is gone
     */
    public static <T> T write(Path target, Content<T> content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        try {
            T result;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                result = content.writeTo(out);
            }
            try {
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            return result;
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the failure being reported matters more than a leftover partial file
            }
            throw e;
        }
    }
}
