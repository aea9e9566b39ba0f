package uk.opencsc;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import uk.opencsc.platform.cli.CommandLineRunner;

import java.util.Arrays;

/**
 * One jar, several commands. With no arguments (or only {@code --spring...} options) it serves the
 * web application; with a subcommand ({@code audit verify}, {@code demo load ...}) it starts the same
 * application without the web, runs the command and exits with its status.
 */
@SpringBootApplication
public class OpenCscApplication {

    public static void main(String[] args) {
        if (CommandLineRunner.isCommand(args)) {
            SpringApplication app = new SpringApplication(OpenCscApplication.class);
            app.setWebApplicationType(WebApplicationType.NONE);
            app.setAdditionalProfiles("cli");
            String[] springArgs = Arrays.stream(args).filter(CommandLineRunner::isSpringOption).toArray(String[]::new);
            String[] commandArgs = Arrays.stream(args).filter(a -> !CommandLineRunner.isSpringOption(a)).toArray(String[]::new);
            int status;
            try (var context = app.run(springArgs)) {
                status = context.getBean(CommandLineRunner.class).run(commandArgs);
            }
            System.exit(status);
        }
        SpringApplication.run(OpenCscApplication.class, args);
    }
}
