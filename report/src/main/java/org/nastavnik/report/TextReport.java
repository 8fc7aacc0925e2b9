package org.nastavnik.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nastavnik.common.Language;
import org.nastavnik.roadmap.DocumentFinding;
import org.nastavnik.rules.ComplianceReport;
import org.nastavnik.rules.Finding;
import org.nastavnik.rules.Severity;

/**
 * A report as text for the terminal: a header with the counts, then the findings grouped by
 * organization, most serious first, each with its severity, rule, subjects, due date and
 * message wrapped to the width; then what is upcoming. Lines end with {@code \n}.
 */
public final class TextReport {
    /** The width the text fits by default: an 80-column terminal. */
    public static final int DEFAULT_WIDTH = 80;

    private static final int MIN_WIDTH = 40;

    private TextReport() {
    }

    /**
     * Renders a report for an 80-column terminal.
     *
     * @param context  the report and what it was made from, not null
     * @param language  the language of labels and messages, not null
     * @return the text
     */
    public static String render(ReportContext context, Language language) {
        return render(context, language, DEFAULT_WIDTH);
    }

    /**
     * Renders a report.
     *
     * @param context  the report and what it was made from, not null
     * @param language  the language of labels and messages, not null
     * @param width  the columns to fit, at least 40 (less is taken as 40)
     * @return the text
     */
    public static String render(ReportContext context, Language language, int width) {
        int w = Math.max(MIN_WIDTH, width);
        Labels l = new Labels(language);
        ComplianceReport r = context.report();
        StringBuilder sb = new StringBuilder();

        sb.append(l.t("Проверка целевой модели наставничества", "Target mentoring model compliance check")).append('\n');
        context.snapshot().ifPresent(s -> field(sb, l.t("Территория", "Territory"), l.territory(s.territory()), w));
        field(sb, l.t("На дату", "As of"), l.date(r.asOf()) + (r.horizonDays() > 0
                ? l.t(", горизонт " + r.horizonDays() + " дн.", ", horizon " + r.horizonDays() + " days") : ""), w);
        field(sb, l.t("Правила", "Rules"), r.ruleSetVersion() + l.t(", проверено ", ", evaluated ")
                + r.rulesEvaluated().size(), w);
        Map<Severity, Integer> counts = r.countsBySeverity();
        field(sb, l.t("Итого", "Total"), l.t("нарушений ", "violations ") + counts.get(Severity.VIOLATION)
                + " · " + l.t("предупреждений ", "warnings ") + counts.get(Severity.WARNING)
                + " · " + l.t("замечаний ", "notices ") + counts.get(Severity.NOTICE)
                + " · " + l.t("предстоит ", "upcoming ") + r.upcoming().size(), w);
        r.waivers().forEach(wv -> field(sb, l.t("Отключено", "Waived"), wv.ruleId() + ": " + wv.reason(), w));

        if (!context.documents().isEmpty()) {
            documents(sb, context.documents(), l, w);
        }

        Map<String, String> names = context.organizationNames();
        if (r.findings().isEmpty()) {
            sb.append('\n').append(l.t("Нарушений не найдено.", "No findings.")).append('\n');
        } else {
            groups(sb, r.findings(), names, l, w);
        }
        if (!r.upcoming().isEmpty()) {
            sb.append('\n');
            heading(sb, l.t("Предстоит в ближайшие " + r.horizonDays() + " дн.",
                    "Upcoming within " + r.horizonDays() + " days"), w, '=');
            groups(sb, r.upcoming(), names, l, w);
        }
        return sb.toString();
    }

    /**
     * Renders findings alone, grouped by organization as in a report, each group preceded by a
     * blank line.
     *
     * @param findings  the findings, most serious first, not null
     * @param language  the language of labels and messages, not null
     * @param width  the columns to fit, at least 40 (less is taken as 40)
     * @return the text
     */
    public static String findings(List<Finding> findings, Language language, int width) {
        StringBuilder sb = new StringBuilder();
        groups(sb, findings, Map.of(), new Labels(language), Math.max(MIN_WIDTH, width));
        return sb.toString();
    }

    private static void groups(StringBuilder sb, List<Finding> findings, Map<String, String> names, Labels l,
            int w) {
        Map<String, List<Finding>> byOrg = new LinkedHashMap<>();
        for (Finding f : findings) {
            byOrg.computeIfAbsent(f.organizationId(), k -> new ArrayList<>()).add(f);
        }
        // findings come most serious first, so the first group is the most urgent; territory-wide last
        List<String> order = new ArrayList<>(byOrg.keySet());
        if (order.remove("")) {
            order.add("");
        }
        int labelWidth = 0;
        for (Severity s : Severity.values()) {
            labelWidth = Math.max(labelWidth, l.severity(s).length());
        }
        int indent = 2 + labelWidth + 2;
        for (String org : order) {
            sb.append('\n');
            String title = org.isEmpty() ? l.noOrganization()
                    : names.containsKey(org) ? org + " · " + names.get(org) : org;
            heading(sb, Wrap.shorten(title, w), w, '─');
            for (Finding f : byOrg.get(org)) {
                finding(sb, f, l, w, labelWidth, indent);
            }
        }
    }

    private static void finding(StringBuilder sb, Finding f, Labels l, int w, int labelWidth, int indent) {
        StringBuilder head = new StringBuilder(f.ruleId());
        String subjects = Labels.otherSubjects(f);
        if (!subjects.isEmpty()) {
            head.append(" · ").append(subjects);
        }
        String keys = Labels.keyValues(f);
        if (!keys.isEmpty()) {
            head.append(" · ").append(keys);
        }
        f.dueDate().ifPresent(d -> head.append(" · ").append(l.t("срок ", "due ")).append(l.date(d)));
        String pad = " ".repeat(indent);
        List<String> headLines = Wrap.lines(head.toString(), w - indent);
        sb.append("  ").append(padRight(l.severity(f.severity()), labelWidth)).append("  ").append(headLines.get(0))
                .append('\n');
        for (int i = 1; i < headLines.size(); i++) {
            sb.append(pad).append(headLines.get(i)).append('\n');
        }
        for (String line : Wrap.lines(f.message(l.ru() ? Language.RU : Language.EN), w - indent)) {
            sb.append(pad).append(line).append('\n');
        }
    }

    private static void documents(StringBuilder sb, List<DocumentSummary> documents, Labels l, int w) {
        sb.append('\n');
        heading(sb, l.t("Импортированные документы: ", "Imported documents: ") + documents.size(), w, '=');
        int idWidth = documents.stream().mapToInt(d -> d.roadmapId().length()).max().orElse(0);
        String pad = " ".repeat(2 + idWidth + 2);
        for (DocumentSummary d : documents) {
            String line = l.territory(d.territory()) + ": " + l.t("мероприятий ", "activities ") + d.activities()
                    + ", " + l.t("замечаний к документу ", "document findings ") + d.findings().size();
            List<String> lines = Wrap.lines(line, w - pad.length());
            sb.append("  ").append(padRight(d.roadmapId(), idWidth)).append("  ").append(lines.get(0)).append('\n');
            for (int i = 1; i < lines.size(); i++) {
                sb.append(pad).append(lines.get(i)).append('\n');
            }
            Map<String, Integer> codes = new TreeMap<>();
            for (DocumentFinding f : d.findings()) {
                codes.merge(f.code().name(), 1, Integer::sum);
            }
            if (!codes.isEmpty()) {
                StringBuilder c = new StringBuilder();
                codes.forEach((code, n) -> c.append(c.length() > 0 ? ", " : "").append(code)
                        .append(n > 1 ? " ×" + n : ""));
                for (String cl : Wrap.lines(c.toString(), w - pad.length())) {
                    sb.append(pad).append(cl).append('\n');
                }
            }
        }
    }

    private static void field(StringBuilder sb, String label, String value, int w) {
        int labelWidth = 12;
        List<String> lines = Wrap.lines(value, w - labelWidth - 1);
        sb.append(padRight(label + ":", labelWidth)).append(' ').append(lines.get(0)).append('\n');
        for (int i = 1; i < lines.size(); i++) {
            sb.append(" ".repeat(labelWidth + 1)).append(lines.get(i)).append('\n');
        }
    }

    private static void heading(StringBuilder sb, String title, int w, char rule) {
        sb.append(title).append('\n').append(String.valueOf(rule).repeat(Math.min(w, Math.max(title.length(), 20))))
                .append('\n');
    }

    private static String padRight(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
