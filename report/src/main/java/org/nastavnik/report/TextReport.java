package org.nastavnik.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nastavnik.common.DisplayNames;
import org.nastavnik.common.Language;
import org.nastavnik.roadmap.DocumentFinding;
import org.nastavnik.roadmap.FindingCode;
import org.nastavnik.rules.ComplianceReport;
import org.nastavnik.rules.Finding;
import org.nastavnik.rules.FindingKind;
import org.nastavnik.rules.Severity;
import org.nastavnik.rules.SubjectNames;

/**
 * A report as text for the terminal: a header with the counts, then the findings grouped by
 * organization, most serious first, one entry per duty (its rule's title, the message, and the
 * missed dates when a duty recurs) wrapped to the width; then what is upcoming. Lines end with
 * {@code \n}.
 */
public final class TextReport {
    /** The width the text fits by default: an 80-column terminal. */
    public static final int DEFAULT_WIDTH = 80;

    private static final int MIN_WIDTH = 40;
    /** Dates of a recurring duty listed in full up to this many; beyond, the first and last few. */
    private static final int DATES_LISTED = 8;

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

        sb.append(l.text("title")).append('\n');
        context.snapshot().ifPresent(s -> field(sb, l.text("territory"), l.territory(s.territory()), w));
        field(sb, l.text("asOf"), l.date(r.asOf()) + (r.horizonDays() > 0
                ? ", " + l.text("horizon").toLowerCase(language.locale()) + " " + l.text("horizonDays", r.horizonDays())
                : ""), w);
        field(sb, l.text("rules"), l.text("rulesEvaluated", l.ruleSet(r.ruleSetVersion()), r.rulesEvaluated().size()), w);
        Map<Severity, Integer> counts = r.countsBySeverity();
        List<Duty> current = Duty.group(r.findings());
        List<Duty> upcoming = Duty.group(r.upcoming());
        field(sb, l.text("total"), l.text("countsLine", counts.get(Severity.VIOLATION), counts.get(Severity.WARNING),
                counts.get(Severity.NOTICE), r.upcoming().size()) + ". "
                + l.text("countsNote", current.size() + upcoming.size()), w);
        r.waivers().forEach(wv -> field(sb, l.text("waived"), context.ruleTitle(wv.ruleId(), language) + ": "
                + wv.reason(), w));

        if (!context.documents().isEmpty()) {
            documents(sb, context.documents(), l, w);
        }

        Map<String, String> names = context.organizationNames();
        SubjectNames subjectNames = context.subjectNames();
        if (r.findings().isEmpty()) {
            sb.append('\n').append(l.text("none")).append('\n');
        } else {
            groups(sb, current, names, context, subjectNames, l, w);
        }
        if (!r.upcoming().isEmpty()) {
            sb.append('\n');
            heading(sb, l.text("upcomingHeading", r.horizonDays()), w, '=');
            groups(sb, upcoming, names, context, subjectNames, l, w);
        }
        return sb.toString();
    }

    /**
     * Renders findings alone, grouped by organization and duty as in a report, each group
     * preceded by a blank line; subjects by id, rules by the federal catalogue's titles.
     *
     * @param findings  the findings, most serious first, not null
     * @param language  the language of labels and messages, not null
     * @param width  the columns to fit, at least 40 (less is taken as 40)
     * @return the text
     */
    public static String findings(List<Finding> findings, Language language, int width) {
        StringBuilder sb = new StringBuilder();
        ReportContext context = ReportContext.of(org.nastavnik.rules.ComplianceReport.builder()
                .asOf(LocalDate.of(2000, 1, 1)).ruleSetVersion("-").build());
        groups(sb, Duty.group(findings), Map.of(), context, SubjectNames.IDS, new Labels(language),
                Math.max(MIN_WIDTH, width));
        return sb.toString();
    }

    private static void groups(StringBuilder sb, List<Duty> duties, Map<String, String> names, ReportContext context,
            SubjectNames subjectNames, Labels l, int w) {
        Map<String, List<Duty>> byOrg = new LinkedHashMap<>();
        for (Duty d : duties) {
            byOrg.computeIfAbsent(d.organizationId(), k -> new ArrayList<>()).add(d);
        }
        // duties come most serious first, so the first group is the most urgent; territory-wide last
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
            String title = org.isEmpty() ? l.text("noOrganization") : names.getOrDefault(org, org);
            heading(sb, Wrap.shorten(title, w), w, '─');
            for (Duty d : byOrg.get(org)) {
                duty(sb, d, context, subjectNames, l, w, labelWidth, indent);
            }
        }
    }

    private static void duty(StringBuilder sb, Duty d, ReportContext context, SubjectNames names, Labels l, int w,
            int labelWidth, int indent) {
        Finding f = d.shown();
        StringBuilder head = new StringBuilder(context.ruleTitle(f.ruleId(), l.language()));
        if (d.count() == 1) {
            f.dueDate().ifPresent(date -> head.append(" · ").append(l.text("due", l.date(date))));
        }
        String pad = " ".repeat(indent);
        List<String> headLines = Wrap.lines(head.toString(), w - indent);
        sb.append("  ").append(padRight(l.severity(f.severity()), labelWidth)).append("  ").append(headLines.get(0))
                .append('\n');
        for (int i = 1; i < headLines.size(); i++) {
            sb.append(pad).append(headLines.get(i)).append('\n');
        }
        for (String line : Wrap.lines(f.message(l.language(), names), w - indent)) {
            sb.append(pad).append(line).append('\n');
        }
        List<LocalDate> dates = d.dueDates();
        if (dates.size() > 1) {
            String summary = l.text(d.kind() == FindingKind.UPCOMING ? "upcomingDates" : "missedDates", dates.size(),
                    l.date(dates.get(0)), l.date(dates.get(dates.size() - 1))) + ": " + dateList(dates, l) + ".";
            for (String line : Wrap.lines(summary, w - indent)) {
                sb.append(pad).append(line).append('\n');
            }
        }
    }

    /** @return the dates, all of them up to {@link #DATES_LISTED}, else the first three, "…" and the last three */
    static String dateList(List<LocalDate> dates, Labels l) {
        List<String> out = new ArrayList<>();
        if (dates.size() <= DATES_LISTED) {
            dates.forEach(d -> out.add(l.date(d)));
        } else {
            dates.subList(0, 3).forEach(d -> out.add(l.date(d)));
            out.add("…");
            dates.subList(dates.size() - 3, dates.size()).forEach(d -> out.add(l.date(d)));
        }
        return String.join(", ", out);
    }

    private static void documents(StringBuilder sb, List<DocumentSummary> documents, Labels l, int w) {
        sb.append('\n');
        heading(sb, l.text("documentsCount", documents.size()), w, '=');
        for (DocumentSummary d : documents) {
            String line = d.findings().isEmpty()
                    ? l.text("documentLineEmpty", l.territory(d.territory()), d.activities())
                    : l.text("documentLine", l.territory(d.territory()), d.activities(), d.findings().size());
            List<String> lines = Wrap.lines(line, w - 2);
            sb.append("  ").append(lines.get(0)).append('\n');
            for (int i = 1; i < lines.size(); i++) {
                sb.append("    ").append(lines.get(i)).append('\n');
            }
            Map<FindingCode, Integer> codes = new TreeMap<>();
            for (DocumentFinding f : d.findings()) {
                codes.merge(f.code(), 1, Integer::sum);
            }
            codes.forEach((code, n) -> {
                String c = "– " + DisplayNames.of(code, l.language()) + (n > 1 ? " ×" + n : "") + ": "
                        + DisplayNames.explanation(code, l.language()).orElse("");
                List<String> cl = Wrap.lines(c, w - 4);
                sb.append("    ").append(cl.get(0)).append('\n');
                for (int i = 1; i < cl.size(); i++) {
                    sb.append("      ").append(cl.get(i)).append('\n');
                }
            });
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
