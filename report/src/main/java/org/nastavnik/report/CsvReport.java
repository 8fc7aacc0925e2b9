package org.nastavnik.report;

import java.util.List;
import org.nastavnik.common.Language;
import org.nastavnik.rules.Finding;
import org.nastavnik.rules.SubjectRef;

/**
 * A report as CSV: one finding per row (current ones, then upcoming), a header row, RFC 4180
 * quoting, CRLF line ends, starting with a byte order mark so that spreadsheet programs read
 * Cyrillic as UTF-8. Columns: severity, kind, rule, organization, subjects, due date, message,
 * source. Severity and kind are the codes ({@code VIOLATION}, {@code CURRENT}); ids, never names.
 */
final class CsvReport {
    /** The byte order mark the text starts with. */
    static final String BOM = ReportFormat.CSV_BYTE_ORDER_MARK;

    private CsvReport() {
    }

    /**
     * @param context  the report, not null
     * @param language  the language of the header and the messages, not null
     * @return the CSV text, starting with {@link #BOM}
     */
    static String render(ReportContext context, Language language) {
        Labels l = new Labels(language);
        StringBuilder sb = new StringBuilder(BOM);
        row(sb, List.of(l.t("серьёзность", "severity"), l.t("вид", "kind"), l.t("правило", "rule"),
                l.t("организация", "organization"), l.t("субъекты", "subjects"), l.t("срок", "due date"),
                l.t("сообщение", "message"), l.t("источник", "source")));
        for (Finding f : context.report().allFindings()) {
            StringBuilder subjects = new StringBuilder();
            for (SubjectRef s : f.subjects()) {
                subjects.append(subjects.length() > 0 ? " " : "").append(s);
            }
            row(sb, List.of(f.severity().name(), f.kind().name(), f.ruleId(), f.organizationId(),
                    subjects.toString(), f.dueDate().map(Object::toString).orElse(""), f.message(language),
                    f.source().toString()));
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(quote(cells.get(i)));
        }
        sb.append("\r\n");
    }

    /** RFC 4180: a field with a comma, a quote or a line break is quoted, quotes doubled. */
    static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
