package org.nastavnik.examples.cli;

import org.nastavnik.report.ReportContext;
import org.nastavnik.report.ReportFormat;
import org.nastavnik.common.Language;
import org.nastavnik.rules.ComplianceReport;
import org.nastavnik.rules.Finding;
import org.nastavnik.rules.FindingKind;
import org.nastavnik.rules.Severity;

/** Renders a report in the format asked for, and decides the exit code of a check. */
final class Render {
    /** The --help text of exit codes 0 and 1 of commands that check. */
    static final String EXIT_FINDINGS = "no current finding of severity VIOLATION or WARNING (NOTICE and upcoming "
            + "findings do not count)";

    private Render() {
    }

    static String report(ReportContext context, CommonOptions.Format format, Language language) {
        return switch (format) {
            case text -> ReportFormat.TEXT.render(context, language);
            case json -> ReportFormat.JSON.render(context, language);
            case csv -> ReportFormat.CSV.render(context, language);
            case html -> ReportFormat.HTML.render(context, language);
        };
    }

    /** 1 when a current finding is a violation or a warning, 0 otherwise. */
    static int exitCode(ComplianceReport report) {
        return report.findings().stream().anyMatch(Render::counts) ? Cli.VIOLATIONS : Cli.OK;
    }

    /** Whether a finding makes a check fail: current, and of severity VIOLATION or WARNING. */
    static boolean counts(Finding f) {
        return f.kind() == FindingKind.CURRENT && (f.severity() == Severity.VIOLATION || f.severity() == Severity.WARNING);
    }
}
