package org.nastavnik.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One run of the command line in this process, as a user would type it, with its streams captured. */
record Run(int exitCode, String out, String err) {

    static Run of(String... args) {
        return of(false, Cli.LARGE_BYTES, args);
    }

    static Run of(boolean terminal, long largeBytes, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int code = Cli.run(args, o, e, terminal, largeBytes);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    /** The one line of an error, without its line end; fails if there is not exactly one. */
    String oneLineError() {
        List<String> lines = errLines();
        if (lines.size() != 1) {
            throw new AssertionError("expected exactly one line on stderr, found " + lines.size() + ":\n" + err);
        }
        return lines.get(0);
    }
}
