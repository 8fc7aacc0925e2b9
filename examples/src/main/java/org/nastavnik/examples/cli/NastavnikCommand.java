package org.nastavnik.examples.cli;

import java.io.PrintStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top command: lists the subcommands. */
@Command(name = "nastavnik", mixinStandardHelpOptions = true, version = "Nastavnik 0.1.0",
        description = "Compliance checks for the target model of mentoring (ЦМН).",
        subcommands = {DemoCommand.class, CheckCommand.class, RulesCommand.class, DiffCommand.class,
            DeadlineCommand.class, ImportCommand.class, MonitorCommand.class, SuggestCommand.class,
            PlanCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done; for check and diff: " + Render.EXIT_FINDINGS + ".",
            "1:check: a current finding of severity VIOLATION or WARNING; diff: a new one.",
            "2:bad usage or bad input; a one-line error names the file, the position and the problem "
                + "(a stack trace only with --debug).",
            "3:the program failed: out of memory or an internal error; one line, a stack trace only with --debug."})
final class NastavnikCommand implements Runnable {
    final PrintStream out;
    final PrintStream err;
    /** Whether standard error is a terminal: progress is shown only then. */
    final boolean terminal;
    /** The input size from which work counts as long and shows progress. */
    final long largeBytes;

    @Spec
    CommandSpec spec;

    NastavnikCommand(PrintStream out, PrintStream err, boolean terminal, long largeBytes) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.largeBytes = largeBytes;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required (demo, check, rules, diff, deadline, import, monitor, suggest, plan)");
    }
}
