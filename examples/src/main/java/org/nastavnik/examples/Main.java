package org.nastavnik.examples;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.nastavnik.examples.cli.Cli;

/** The entry point of {@code java -jar nastavnik.jar}: runs the command line and exits with its code. */
public final class Main {
    private Main() {
    }

    /**
     * Runs the command line.
     *
     * @param args  the arguments, such as {@code demo} or {@code check snapshot.json --as-of 2022-10-01}
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        // an error in another thread is one line too, never a stack trace without --debug
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> Cli.failed(e, debug, err));
        int code;
        try {
            code = Cli.run(args, out, err);
        } catch (Throwable e) { // nothing escapes as a stack trace
            code = Cli.failed(e, debug, err);
        }
        System.exit(code);
    }
}
