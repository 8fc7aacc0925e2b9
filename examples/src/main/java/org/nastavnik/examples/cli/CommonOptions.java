package org.nastavnik.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.nastavnik.common.Language;
import picocli.CommandLine.Option;

/** The options every command that prints a result takes: format, language, output file, debug. */
final class CommonOptions {

    @Option(names = "--format", paramLabel = "<format>", defaultValue = "text",
            description = "Output format: text or json; check and demo also csv or html (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--lang", paramLabel = "<lang>", defaultValue = "ru",
            description = "Language of messages: ru or en (default: ${DEFAULT-VALUE}).")
    Language language;

    @Option(names = "--output", paramLabel = "<file>", description = "Write the result to this file instead of standard output.")
    Path output;

    @Option(names = "--debug", description = "Print a stack trace on errors.")
    boolean debug;

    /** Writes the result to the output file or the given stream. */
    void write(String content, PrintStream out) {
        if (output == null) {
            out.print(content);
            out.flush();
            return;
        }
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(output, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError(output + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** The output formats. */
    enum Format {
        text, json, csv, html
    }
}
