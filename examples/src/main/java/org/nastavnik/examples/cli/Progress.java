package org.nastavnik.examples.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of long work on standard error, one line per step with the time taken so far; only
 * when standard error is a terminal and the input is large, so that piped output stays clean.
 */
final class Progress {
    private static final Progress QUIET = new Progress(null);

    private final PrintStream err;
    private final long started = System.nanoTime();

    private Progress(PrintStream err) {
        this.err = err;
    }

    /**
     * @param err  where progress goes
     * @param terminal  whether standard error is a terminal
     * @param large  whether the work is long enough to be worth reporting
     */
    static Progress of(PrintStream err, boolean terminal, boolean large) {
        return terminal && large ? new Progress(err) : QUIET;
    }

    void step(String what) {
        if (err != null) {
            double seconds = (System.nanoTime() - started) / 1e9;
            err.printf(Locale.ROOT, "nastavnik: [%5.1f s] %s%n", seconds, what);
            err.flush();
        }
    }
}
