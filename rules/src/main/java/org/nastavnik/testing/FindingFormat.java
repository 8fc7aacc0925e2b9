package org.nastavnik.testing;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.nastavnik.common.Language;
import org.nastavnik.rules.ComplianceReport;
import org.nastavnik.rules.Finding;
import org.nastavnik.rules.FindingKind;
import org.nastavnik.rules.SubjectRef;

/** Findings and reports written out in full for failure messages: labelled, aligned, one value a line. */
final class FindingFormat {

    static final String NL = "\n";

    private FindingFormat() {
    }

    /** @return the report in one line: date and counts (the rule-set version is left out: it changes with every release) */
    static String report(ComplianceReport report) {
        int n = report.findings().size();
        int u = report.upcoming().size();
        return "as of " + Dates.ru(report.asOf()) + ", " + n + (n == 1 ? " finding" : " findings") + ", " + u + " upcoming";
    }

    /**
     * @return the findings, each as
     *     <pre>
     *   RULE_ID (SEVERITY, current)
     *     subjects: organization:s1, mentorship:p1
     *     evidence: formedOn=2022-09-16, daysLate=1
     *     key:      RULE_ID|organization:s1|mentorship:p1
     *     ru:       …
     *     en:       …
     *     </pre>
     *     or {@code   (none)} if there are none
     */
    static String list(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "  (none)";
        }
        return findings.stream().map(FindingFormat::finding).collect(Collectors.joining(NL));
    }

    static String finding(Finding f) {
        StringBuilder sb = new StringBuilder();
        sb.append("  ").append(f.ruleId()).append(" (").append(f.severity())
                .append(f.kind() == FindingKind.UPCOMING ? ", upcoming" : ", current").append(')').append(NL);
        line(sb, "subjects", f.subjects().stream().map(SubjectRef::toString).collect(Collectors.joining(", ")));
        line(sb, "evidence", evidence(f.evidence()));
        f.dueDate().ifPresent(d -> line(sb, "due", d.toString()));
        line(sb, "key", f.key());
        line(sb, "ru", f.message(Language.RU));
        sb.append("    ").append(pad("en")).append(f.message(Language.EN));
        return sb.toString();
    }

    static String evidence(Map<String, String> evidence) {
        return evidence.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    private static void line(StringBuilder sb, String label, String value) {
        sb.append("    ").append(pad(label)).append(value).append(NL);
    }

    private static String pad(String label) {
        return String.format("%-10s", label + ":");
    }
}
