/** The jar's subcommands: how a module's picocli command is found and run without the web. */
@org.springframework.modulith.NamedInterface("cli")
package uk.opencsc.platform.cli;
