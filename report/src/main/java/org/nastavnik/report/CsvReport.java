package org.nastavnik.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nastavnik.common.Language;
import org.nastavnik.rules.Finding;
import org.nastavnik.rules.SubjectNames;
import org.nastavnik.rules.SubjectRef;

/**
 * A report as CSV: one finding per row (current ones, then upcoming), a header row, RFC 4180
 * quoting, CRLF line ends, starting with a byte order mark so that spreadsheet programs read
 * Cyrillic as UTF-8. Values are in the reader's language (severity, kind, rule title, the
 * organization's name, dates as the reader writes them); the rule id, the organization id and
 * the finding's key stay as codes in their own columns. The separator is a comma, or a semicolon
 * for a spreadsheet program with a Russian locale.
 */
public final class CsvReport {
    /** The byte order mark the text starts with. */
    static final String BOM = ReportFormat.CSV_BYTE_ORDER_MARK;

    private CsvReport() {
    }

    /**
     * @param context  the report, not null
     * @param language  the language of the header and the values, not null
     * @return the CSV text with commas between columns, starting with the byte order mark
     */
    static String render(ReportContext context, Language language) {
        return render(context, language, ',');
    }

    /**
     * @param context  the report, not null
     * @param language  the language of the header and the values, not null
     * @param separator  the column separator: {@code ,} or {@code ;} (Excel with a Russian locale)
     * @return the CSV text, starting with the byte order mark
     * @throws IllegalArgumentException if the separator is a quote, a line break or a letter or digit
     */
    public static String render(ReportContext context, Language language, char separator) {
        if (separator == '"' || separator == '\r' || separator == '\n' || Character.isLetterOrDigit(separator)) {
            throw new IllegalArgumentException("CSV separator (" + separator
                    + ") must not be a quote, a line break, a letter or a digit; use , or ;");
        }
        Labels l = new Labels(language);
        Map<String, String> orgs = context.organizationNames();
        SubjectNames names = context.subjectNames();
        StringBuilder sb = new StringBuilder(BOM);
        row(sb, separator, List.of(l.text("col.severity"), l.text("col.kind"), l.text("col.rule"),
                l.text("col.ruleId"), l.text("col.organization"), l.text("col.organizationId"),
                l.text("col.subjects"), l.text("col.due"), l.text("col.message"), l.text("col.source"),
                l.text("col.key")));
        for (Finding f : context.report().allFindings()) {
            row(sb, separator, List.of(l.severityName(f.severity()), l.kind(f.kind()),
                    context.ruleTitle(f.ruleId(), language), f.ruleId(),
                    orgs.getOrDefault(f.organizationId(), f.organizationId()), f.organizationId(),
                    subjects(f, names, language), f.dueDate().map(l::date).orElse(""), f.message(language, names),
                    f.source().toString(), f.key()));
        }
        return sb.toString();
    }

    /** @return the subjects other than the organization, by name where known, separated by "; " */
    static String subjects(Finding f, SubjectNames names, Language language) {
        List<String> out = new ArrayList<>();
        for (SubjectRef s : f.subjects()) {
            if (s.type() != org.nastavnik.rules.SubjectType.ORGANIZATION) {
                out.add(names.name(s, language).orElse(s.id()));
            }
        }
        return String.join("; ", out);
    }

    private static void row(StringBuilder sb, char separator, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(separator);
            }
            sb.append(quote(cells.get(i), separator));
        }
        sb.append("\r\n");
    }

    /** RFC 4180: a field with the separator, a quote or a line break is quoted, quotes doubled. */
    static String quote(String cell, char separator) {
        if (cell.indexOf(separator) < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
