package io.storyline.cli;

import io.storyline.config.SettingsException;
import io.storyline.config.UsageException;
import java.io.PrintWriter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The command line: the same arguments work from bin/storyline and after
 * {@code spark-submit --class io.storyline.cli.Storyline <jar>}. Bad arguments and bad
 * configuration print one line and exit with 2; a failed run prints one line and exits with 1.
 */
@Command(name = "storyline", mixinStandardHelpOptions = true, versionProvider = Storyline.Version.class,
        description = "Turns raw news crawls into cross-lingual story analytics (Apache Spark batch jobs).",
        subcommands = DemoCommand.class)
public final class Storyline implements Runnable {
    public static final int BAD_USAGE = 2;
    public static final int FAILED = 1;
    private static final Logger LOG = LoggerFactory.getLogger(Storyline.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns the exit code (tests call this instead of main). */
    public static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new Storyline());
        PipelineCommand.addTo(commandLine);
        for (Class<?> command : List.of(ExtractCommand.class, ExportCommand.class, ReportCommand.class, SynthCommand.class, EvalCommand.class,
                BenchCommand.class)) {
            commandLine.addSubcommand(command);
        }
        commandLine.setParameterExceptionHandler((e, given) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("storyline: " + e.getMessage() + " (see '" + e.getCommandLine().getCommandName() + " --help')");
            return BAD_USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            PrintWriter err = cl.getErr();
            Throwable cause = rootOf(e);
            if (cause instanceof SettingsException || cause instanceof UsageException) {
                err.println("storyline: " + cause.getMessage());
                return BAD_USAGE;
            }
            LOG.debug("failed", e);
            err.println("storyline: " + cl.getCommandSpec().qualifiedName(" ").replaceFirst("^storyline ", "") + " failed: " + oneLine(cause)
                    + " (run with -Dlog4j2.level=debug, or see the driver log, for the stack trace)");
            return FAILED;
        });
        return commandLine.execute(args);
    }

    private static Throwable rootOf(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    static String oneLine(Throwable t) {
        String message = t.getMessage() == null ? "" : t.getMessage().lines().findFirst().orElse("");
        return t.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Storyline.class.getPackage().getImplementationVersion();
            return new String[] {"storyline " + (version == null ? "(development build)" : version)};
        }
    }
}
