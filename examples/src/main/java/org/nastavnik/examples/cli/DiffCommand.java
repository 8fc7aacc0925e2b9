package org.nastavnik.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.nastavnik.report.TextReport;
import org.nastavnik.common.Language;
import org.nastavnik.rules.ComplianceReport;
import org.nastavnik.rules.Finding;
import org.nastavnik.rules.ReportDiff;
import org.nastavnik.rules.json.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code diff <old-report.json> <new-report.json>}: what is new, resolved and still open. */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare two reports written by check or demo with --format json: the findings that are new, "
                + "resolved and still open, matched by their stable keys (rule, subjects, distinguishing evidence)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no new current finding of severity VIOLATION or WARNING.",
            "1:a new current finding of severity VIOLATION or WARNING.",
            "2:bad usage or bad input; a one-line error names the file, the position and the problem.",
            "3:the program failed: out of memory or an internal error."})
final class DiffCommand implements Callable<Integer> {
    /** The value of the {@code "format"} field of the JSON this command writes. */
    static final String FORMAT = "nastavnik-diff/1";

    @ParentCommand
    NastavnikCommand parent;

    @Parameters(index = "0", paramLabel = "<old-report.json>", description = "The earlier report.")
    Path oldFile;

    @Parameters(index = "1", paramLabel = "<new-report.json>", description = "The later report.")
    Path newFile;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        if (common.format != CommonOptions.Format.text && common.format != CommonOptions.Format.json) {
            throw new UserError("diff: format " + common.format + " is not supported; use text or json");
        }
        ComplianceReport older = Inputs.report(oldFile);
        ComplianceReport newer = Inputs.report(newFile);
        ReportDiff diff = newer.diff(older);
        String out = common.format == CommonOptions.Format.json ? json(older, newer, diff) : text(older, newer, diff,
                common.language);
        common.write(out, parent.out);
        return diff.added().stream().anyMatch(Render::counts) ? Cli.VIOLATIONS : Cli.OK;
    }

    private String text(ComplianceReport older, ComplianceReport newer, ReportDiff diff, Language lang) {
        boolean ru = lang == Language.RU;
        StringBuilder sb = new StringBuilder();
        sb.append(ru ? "Сравнение отчётов" : "Reports compared").append('\n');
        side(sb, ru ? "Было" : "Old", oldFile, older, lang);
        side(sb, ru ? "Стало" : "New", newFile, newer, lang);
        if (!older.ruleSetVersion().equals(newer.ruleSetVersion())) {
            sb.append(ru ? "Внимание: отчёты сделаны разными наборами правил." : "Note: the reports were made with "
                    + "different rule sets.").append('\n');
        }
        sb.append(ru ? "Итого:       новых " : "Total:       new ").append(diff.added().size())
                .append(ru ? " · устранено " : " · resolved ").append(diff.resolved().size())
                .append(ru ? " · остаются " : " · still open ").append(diff.stillOpen().size()).append('\n');
        section(sb, ru ? "Новые" : "New", diff.added(), lang);
        section(sb, ru ? "Устранены" : "Resolved", diff.resolved(), lang);
        section(sb, ru ? "Остаются" : "Still open", diff.stillOpen(), lang);
        return sb.toString();
    }

    private static void side(StringBuilder sb, String label, Path file, ComplianceReport r, Language lang) {
        boolean ru = lang == Language.RU;
        sb.append(String.format("%-12s %s: %s %s, %s %d, %s %d%n", label + ":", file, ru ? "на" : "as of",
                Dates.format(r.asOf(), lang), ru ? "находок" : "findings", r.findings().size(),
                ru ? "предстоит" : "upcoming", r.upcoming().size()));
    }

    private static void section(StringBuilder sb, String title, List<Finding> findings, Language lang) {
        sb.append('\n').append(title).append(" (").append(findings.size()).append(')').append('\n');
        sb.append("=".repeat(20)).append('\n');
        if (!findings.isEmpty()) {
            sb.append(TextReport.findings(findings, lang, TextReport.DEFAULT_WIDTH).substring(1));
        }
    }

    private static String json(ComplianceReport older, ComplianceReport newer, ReportDiff diff) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.set("old", header(older));
        root.set("new", header(newer));
        root.set("added", findings(newer, diff.added()));
        root.set("resolved", findings(older, diff.resolved()));
        root.set("stillOpen", findings(newer, diff.stillOpen()));
        return Json.write(root);
    }

    private static ObjectNode header(ComplianceReport r) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("asOf", r.asOf().toString());
        n.put("ruleSetVersion", r.ruleSetVersion());
        n.put("findings", r.findings().size());
        n.put("upcoming", r.upcoming().size());
        return n;
    }

    /** The findings in the same form as in a report's JSON. */
    private static JsonNode findings(ComplianceReport from, List<Finding> findings) {
        ComplianceReport.Builder b = ComplianceReport.builder().asOf(from.asOf()).ruleSetVersion(from.ruleSetVersion());
        findings.forEach(b::finding);
        try {
            return Json.MAPPER.readTree(ReportJson.write(b.build())).get("findings");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
