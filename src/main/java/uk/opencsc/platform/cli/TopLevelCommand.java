package uk.opencsc.platform.cli;

/**
 * Marks a Spring bean annotated with picocli's {@code @Command} as a subcommand of the jar
 * ({@code java -jar opencsc.jar <name> ...}). A module's command class implements this and
 * lists its own nested subcommands in the annotation.
 */
public interface TopLevelCommand {
}
