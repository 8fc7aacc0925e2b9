package org.nastavnik.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nastavnik.common.DateRange;
import org.nastavnik.report.ReportContext;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.ValidationException;
import org.nastavnik.roadmap.ImportException;
import org.nastavnik.roadmap.RoadmapReader;
import org.nastavnik.rules.CheckOptions;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.ComplianceReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code check <snapshot.json> --as-of <date> [--roadmap <document>]…}: a compliance check of a snapshot and roadmap documents. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check a snapshot (JSON, see docs) for compliance as of a date and print the report.",
            "Findings are grouped by organization, most serious first; upcoming ones (due within the horizon) follow."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:" + Render.EXIT_FINDINGS + ".",
            "1:a current finding of severity VIOLATION or WARNING.",
            "2:bad usage or bad input; a one-line error names the file, the position and the problem.",
            "3:the program failed: out of memory or an internal error (one line; a stack trace only with --debug)."})
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    NastavnikCommand parent;

    @Parameters(index = "0", paramLabel = "<snapshot.json>", description = "The snapshot in its JSON form (UTF-8).")
    Path file;

    @Option(names = "--as-of", required = true, paramLabel = "<date>",
            description = "The day to check as of, such as 2022-06-01 (or 01.06.2022).")
    String asOf;

    @Mixin
    RuleOptions rules;

    @Option(names = "--roadmap", paramLabel = "<document>",
            description = {"A roadmap document (.docx, PDF with a text layer, or UTF-8 text) to check with the snapshot;",
                "repeat for several. What reading it noticed is reported with its roadmap."})
    List<Path> roadmaps = new ArrayList<>();

    @Option(names = "--horizon", paramLabel = "<days>", defaultValue = "14",
            description = "List upcoming findings due within this many days after the date, 0..3660 (default: ${DEFAULT-VALUE}).")
    int horizon;

    @Option(names = Periods.OPTION, paramLabel = "<from>..<to>",
            description = "The period of the snapshot's roadmap, both ends inclusive, such as 2021-09-01..2022-08-31, "
                    + "instead of the one recorded in the snapshot (default: the recorded one).")
    String period;

    @Option(names = Periods.ROADMAP_OPTION, paramLabel = "<id>",
            description = "The roadmap --period applies to, when the snapshot (with the --roadmap documents) has more than one.")
    String roadmap;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        LocalDate date = Dates.parseOption("--as-of", asOf);
        if (horizon < 0 || horizon > 3660) {
            throw new UserError("--horizon \"" + horizon + "\": must be 0..3660 days");
        }
        DateRange given = period == null ? null : Periods.parse(period);
        if (given == null && roadmap != null) {
            throw new UserError(Periods.ROADMAP_OPTION + " \"" + roadmap + "\": only used with " + Periods.OPTION);
        }
        Progress progress = Progress.of(parent.err, parent.terminal, size(file) >= parent.largeBytes);
        progress.step(String.format(Locale.ROOT, "reading %s (%.1f MB)", file, size(file) / 1e6));
        Snapshot snapshot = Inputs.snapshot(file);
        if (!roadmaps.isEmpty()) {
            roadmaps.forEach(Inputs::requireReadable);
            progress.step("reading " + roadmaps.size() + " roadmap document(s)");
            try {
                snapshot = RoadmapReader.addTo(snapshot, roadmaps);
            } catch (ImportException e) {
                throw new UserError(e.getMessage(), e);
            } catch (ValidationException e) {
                throw new UserError(file + " with the roadmap documents: " + Inputs.problems(e.problems()), e);
            }
        }
        if (given != null) {
            snapshot = Periods.apply(snapshot, given, roadmap);
        }
        ComplianceEngine engine = rules.engine(snapshot);
        progress.step("checking " + records(snapshot) + " records as of " + date);
        ComplianceReport report = engine.check(snapshot, date, CheckOptions.defaults().withHorizonDays(horizon));
        progress.step("writing the report (" + report.findings().size() + " findings, "
                + report.upcoming().size() + " upcoming)");
        Render.report(ReportContext.of(report, snapshot).withRules(engine.rules()), common, parent.out);
        progress.step("done");
        return Render.exitCode(report);
    }

    private static long size(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static int records(Snapshot s) {
        return s.organizations().size() + s.people().size() + s.curatorAppointments().size() + s.registry().size()
                + s.consents().size() + s.formAdoptions().size() + s.mentorships().size() + s.meetings().size()
                + s.trainings().size() + s.programmes().size() + s.monitoringReports().size() + s.listUpdates().size()
                + s.localActs().size() + s.agreements().size() + s.completions().size() + s.targetIndicators().size()
                + s.indicatorValues().size() + s.roadmaps().stream().mapToInt(r -> r.activities().size()).sum();
    }
}
