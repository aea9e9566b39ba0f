package uk.opencsc.platform.cli;

/**
 * Marks a Spring bean annotated with picocli's {@code @Command} as a subcommand of another module's
 * top-level command, e.g. the people module's {@code search} benchmark under {@code bench}.
 */
public interface SubcommandOf {

    /** The name of the top-level command this belongs under. */
    String parent();
}
