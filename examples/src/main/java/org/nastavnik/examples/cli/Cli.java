package org.nastavnik.examples.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Runs the Nastavnik command line in this process, writing to the given streams; {@code Main}
 * and the tests use it alike.
 *
 * <p>Exit codes: {@value #OK} no violations, {@value #VIOLATIONS} violations found,
 * {@value #BAD_INPUT} bad usage or bad input (with a one-line error; a stack trace only with
 * {@code --debug}).
 */
public final class Cli {
    /** Exit code: done, and no violations found. */
    public static final int OK = 0;
    /** Exit code: violations found. */
    public static final int VIOLATIONS = 1;
    /** Exit code: bad usage or bad input. */
    public static final int BAD_INPUT = 2;

    private Cli() {
    }

    /**
     * Runs a command.
     *
     * @param args  the arguments, not null
     * @param out  where results go, not null
     * @param err  where errors and progress go, not null
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, System.console() != null, LARGE_BYTES);
    }

    /** The snapshot size from which {@code check} shows progress on a terminal: 1 MB. */
    static final long LARGE_BYTES = 1_000_000;

    /**
     * Runs a command, told whether standard error is a terminal and from which input size work
     * counts as long (for progress).
     */
    static int run(String[] args, PrintStream out, PrintStream err, boolean terminal, long largeBytes) {
        quietLogging(java.util.Arrays.asList(args).contains("--debug"));
        CommandLine cli = new CommandLine(new NastavnikCommand(out, err, terminal, largeBytes));
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExitCodeExceptionMapper(e -> BAD_INPUT);
        cli.setParameterExceptionHandler((e, a) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println("nastavnik: " + oneLine(e) + " (see '"
                    + failed.getCommandSpec().qualifiedName() + " --help')");
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, failed, parsed) -> {
            boolean debug = failed.getParseResult().hasMatchedOption("--debug");
            failed.getErr().println("nastavnik: " + oneLine(e));
            if (debug) {
                e.printStackTrace(failed.getErr());
            }
            return BAD_INPUT;
        });
        return cli.execute(args);
    }

    /**
     * Keeps Drools' informational log lines off standard error unless --debug is given or the
     * user chose a level; SLF4J's simple logger reads the property when the first logger is made.
     */
    private static void quietLogging(boolean debug) {
        String key = "org.slf4j.simpleLogger.defaultLogLevel";
        if (System.getProperty(key) == null) {
            System.setProperty(key, debug ? "info" : "warn");
        }
    }

    static String oneLine(Throwable e) {
        if (e instanceof UserError) {
            return e.getMessage();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s*\\R\\s*", "; ");
    }
}
