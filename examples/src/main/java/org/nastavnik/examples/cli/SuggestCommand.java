package org.nastavnik.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nastavnik.common.Language;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.suggest.Annex;
import org.nastavnik.suggest.PairSuggester;
import org.nastavnik.suggest.Preferences;
import org.nastavnik.suggest.Scope;
import org.nastavnik.suggest.Suggestions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code suggest <snapshot.json> --organization <id> --form <form> --as-of <date>}: pairs suggested from the bases, as the draft annex. */
@Command(name = "suggest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Suggest mentoring pairs and groups from the bases of mentors and mentees, checked by the rules,",
            "and print the draft annex to the order fixing pairs, with the mentees left without a mentor and why."})
final class SuggestCommand implements Callable<Integer> {

    @ParentCommand
    NastavnikCommand parent;

    @Parameters(index = "0", paramLabel = "<snapshot.json>", description = "The snapshot in its JSON form (UTF-8).")
    Path file;

    @Option(names = "--organization", paramLabel = "<id>", description = "The organization whose bases are matched.")
    String organization;

    @Option(names = "--municipality", paramLabel = "<name>",
            description = "Instead of --organization: every organization of the municipality (outside mentors under agreements).")
    String municipality;

    @Option(names = "--form", required = true, paramLabel = "<form>",
            description = "The form of mentoring, such as STUDENT_STUDENT or TEACHER_TEACHER.")
    String form;

    @Option(names = "--as-of", required = true, paramLabel = "<date>",
            description = "The day of the suggestion; the pairs start on it (2022-09-10 or 10.09.2022).")
    String asOf;

    @Mixin
    RuleOptions rules;

    @Option(names = "--format", paramLabel = "<format>", defaultValue = "html",
            description = "json, html or xlsx (default: ${DEFAULT-VALUE}); xlsx needs --output.")
    String format;

    @Option(names = "--lang", paramLabel = "<lang>", defaultValue = "ru", description = "ru or en (default: ${DEFAULT-VALUE}).")
    Language language;

    @Option(names = "--names", description = "Name people by their full names (personal data) instead of ids.")
    boolean names;

    @Option(names = "--output", paramLabel = "<file>", description = "Write to this file instead of standard output.")
    Path output;

    @Option(names = "--debug", description = "Print a stack trace on errors.")
    boolean debug;

    @Override
    public Integer call() {
        LocalDate date = Dates.parseOption("--as-of", asOf);
        if ((organization == null) == (municipality == null)) {
            throw new UserError("suggest: give exactly one of --organization <id> and --municipality <name>");
        }
        MentoringForm f;
        try {
            f = MentoringForm.valueOf(form.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError("--form \"" + form + "\": not a form; forms: " + java.util.Arrays.toString(MentoringForm.values()));
        }
        String fmt = format.strip().toLowerCase(Locale.ROOT);
        if (!fmt.equals("json") && !fmt.equals("html") && !fmt.equals("xlsx")) {
            throw new UserError("--format \"" + format + "\": suggest writes json, html or xlsx");
        }
        if (fmt.equals("xlsx") && output == null) {
            throw new UserError("--format xlsx: a workbook is binary; name the file with --output");
        }
        Snapshot snapshot = Inputs.snapshot(file);
        ComplianceEngine engine = rules.engine(snapshot);
        Suggestions s;
        try {
            s = PairSuggester.of(engine).suggest(snapshot,
                    organization != null ? Scope.organization(organization) : Scope.municipality(municipality), f, date,
                    Preferences.defaults());
        } catch (IllegalArgumentException e) {
            throw new UserError(file + ": " + e.getMessage(), e);
        }
        Annex annex = Annex.of(s, snapshot).in(language);
        if (names) {
            annex = annex.withNames();
        }
        if (fmt.equals("xlsx")) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            annex.xlsx(bytes);
            try {
                Path dir = output.toAbsolutePath().getParent();
                if (dir != null) {
                    Files.createDirectories(dir);
                }
                Files.write(output, bytes.toByteArray());
            } catch (IOException e) {
                throw new UserError(output + ": cannot write: " + e.getMessage(), e);
            }
            return Cli.OK;
        }
        String text = fmt.equals("json") ? annex.json() : annex.html();
        if (output == null) {
            parent.out.print(text);
            parent.out.flush();
        } else {
            try {
                Files.writeString(output, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UserError(output + ": cannot write: " + e.getMessage(), e);
            }
        }
        return Cli.OK;
    }
}
