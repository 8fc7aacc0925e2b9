package org.nastavnik.examples.cli;

import java.io.PrintStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top command: lists the subcommands. */
@Command(name = "nastavnik", mixinStandardHelpOptions = true, version = "Nastavnik 0.1.0",
        description = "Compliance checks for the target model of mentoring (ЦМН).",
        subcommands = {DeadlineCommand.class, ImportCommand.class})
final class NastavnikCommand implements Runnable {
    final PrintStream out;
    final PrintStream err;

    @Spec
    CommandSpec spec;

    NastavnikCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required (demo, deadline, import, check, rules, diff)");
    }
}
