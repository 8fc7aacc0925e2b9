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
 * {@code --debug}), {@value #FAILED} the program failed (out of memory or an internal error; one
 * line, a stack trace only with {@code --debug}). No {@link Throwable} escapes: every error is one
 * line on standard error.
 */
public final class Cli {
    /** Exit code: done, and no violations found. */
    public static final int OK = 0;
    /** Exit code: violations found. */
    public static final int VIOLATIONS = 1;
    /** Exit code: bad usage or bad input. */
    public static final int BAD_INPUT = 2;
    /**
     * Exit code: the program failed, not the input: out of memory, or an internal error. One line
     * on standard error says which; {@code --debug} adds the stack trace.
     */
    public static final int FAILED = 3;
    /** The longest error line printed, in characters; a longer message is cut with «…». */
    static final int MAX_ERROR_LENGTH = 2000;

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
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        try {
            return execute(args, out, err, terminal, largeBytes);
        } catch (Throwable e) { // the last word: Errors included
            return failed(e, debug, err);
        }
    }

    /**
     * Reports a failure of the program itself in one line: out of memory, a stack overflow, an
     * internal error. Allocates little: the heap may be exhausted.
     *
     * @param e  what was thrown, not null
     * @param debug  whether to print the stack trace too
     * @param err  where the line goes, not null
     * @return {@value #FAILED}
     */
    public static int failed(Throwable e, boolean debug, PrintStream err) {
        try {
            String line;
            if (e instanceof OutOfMemoryError) {
                line = "nastavnik: out of memory: the input is too large for this heap; give Java more (-Xmx) "
                        + "or split the input";
            } else if (e instanceof StackOverflowError) {
                line = "nastavnik: internal error: the work nested too deep (stack overflow)";
            } else {
                line = "nastavnik: internal error: " + (e.getMessage() == null ? "" : e.getClass().getSimpleName() + ": ")
                        + oneLine(e);
            }
            err.println(line);
            if (debug) {
                e.printStackTrace(err);
            }
            err.flush();
        } catch (Throwable ignored) { // nothing more can be said
            // the stream or the heap failed too: the exit code still tells
        }
        return FAILED;
    }

    private static int execute(String[] args, PrintStream out, PrintStream err, boolean terminal, long largeBytes) {
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
            if (!isBadInput(e)) {
                failed.getErr().flush();
                return failed(e, debug, err);
            }
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

    /**
     * Whether an exception tells of bad input or usage (exit code {@value #BAD_INPUT}) rather than
     * a failure of the program: a {@link UserError}, a refused argument or value (a
     * {@code ValidationException} among them), a date out of range, a failed read or write.
     */
    static boolean isBadInput(Throwable e) {
        return e instanceof UserError || e instanceof IllegalArgumentException
                || e instanceof java.time.DateTimeException || e instanceof java.io.UncheckedIOException
                || e instanceof java.io.IOException;
    }

    /**
     * The message of an exception on one line: every line break (and the spaces around it)
     * becomes "; ", other control characters a space, and at most {@value #MAX_ERROR_LENGTH}
     * characters.
     */
    static String oneLine(Throwable e) {
        return flatten(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /** A text on one line and at most {@value #MAX_ERROR_LENGTH} characters. */
    static String flatten(String text) {
        String head = text.length() > MAX_ERROR_LENGTH * 2 ? text.substring(0, MAX_ERROR_LENGTH * 2) : text;
        String line = head.replaceAll("[ \\t]*(\\R|[\\u0085\\u2028\\u2029])+[ \\t]*", "; ")
                .replaceAll("\\p{Cntrl}", " ");
        if (line.length() > MAX_ERROR_LENGTH || head.length() < text.length()) {
            line = line.substring(0, Math.min(line.length(), MAX_ERROR_LENGTH - 1)) + "…";
        }
        return line;
    }
}
