package uk.opencsc.platform.cli;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.Comparator;

/**
 * Runs one subcommand of the jar. Every bean annotated with picocli's {@link Command} and marked
 * {@link TopLevelCommand} becomes a subcommand ({@code audit}, {@code demo}, {@code calendar}...);
 * their own nested subcommands are built by Spring so they can take services by constructor.
 */
@Component
public class CommandLineRunner {

    private final ApplicationContext context;

    CommandLineRunner(ApplicationContext context) {
        this.context = context;
    }

    /** True when the arguments name a subcommand rather than only configuring the web application. */
    public static boolean isCommand(String[] args) {
        for (String arg : args) {
            if (!isSpringOption(arg)) {
                return true;
            }
        }
        return false;
    }

    public static boolean isSpringOption(String arg) {
        return arg.startsWith("--spring.") || arg.startsWith("--server.") || arg.startsWith("--opencsc.")
                || arg.startsWith("--logging.");
    }

    public int run(String... args) {
        CommandLine root = commandLine();
        return root.execute(args);
    }

    CommandLine commandLine() {
        CommandLine root = new CommandLine(new Root(), new SpringFactory(context));
        context.getBeansWithAnnotation(Command.class).values().stream()
                .filter(TopLevelCommand.class::isInstance)
                .sorted(Comparator.comparing(bean -> bean.getClass().getAnnotation(Command.class) == null
                        ? bean.getClass().getName() : bean.getClass().getAnnotation(Command.class).name()))
                .forEach(root::addSubcommand);
        context.getBeansWithAnnotation(Command.class).values().stream()
                .filter(SubcommandOf.class::isInstance)
                .forEach(bean -> {
                    CommandLine parent = root.getSubcommands().get(((SubcommandOf) bean).parent());
                    if (parent == null) {
                        throw new IllegalStateException(bean.getClass().getName() + " names a parent command that does not exist: "
                                + ((SubcommandOf) bean).parent());
                    }
                    parent.addSubcommand(new CommandLine(bean, new SpringFactory(context)));
                });
        return root;
    }

    @Command(name = "opencsc", mixinStandardHelpOptions = true,
            description = "OpenCSC: run without arguments to serve the web application, or run one of these commands.")
    static final class Root implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(System.out);
        }
    }

    private record SpringFactory(ApplicationContext context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (context.getBeanNamesForType(type).length > 0) {
                return context.getBean(type);
            }
            if (type.isInterface() || java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
                return CommandLine.defaultFactory().create(type);
            }
            try {
                return context.getAutowireCapableBeanFactory().createBean(type);
            } catch (RuntimeException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
