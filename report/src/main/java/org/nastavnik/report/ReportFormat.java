package org.nastavnik.report;

import java.util.Objects;
import java.util.function.BiFunction;
import org.nastavnik.common.Language;
import org.nastavnik.rules.json.ReportJson;

/**
 * The formats a {@link ReportContext} can be written in: the one entry of this module.
 *
 * <pre>{@code
 * String html = ReportFormat.HTML.render(ReportContext.of(report, snapshot), Language.RU);
 * }</pre>
 *
 * <p>Every format names people by id only. Messages are in the language asked for; JSON carries
 * both languages.
 */
public enum ReportFormat {

    /**
     * For the terminal: 80 columns, findings grouped by organization, most serious first,
     * messages wrapped, upcoming findings after the current ones ({@link TextReport}).
     */
    TEXT(TextReport::render),
    /** The report as {@link ReportJson} writes it ({@code "format": "nastavnik-report/1"}); the language is not used. */
    JSON((context, language) -> ReportJson.write(context.report())),
    /**
     * One finding per row (current, then upcoming), a header row, RFC 4180 quoting, CRLF line
     * ends, starting with {@link #CSV_BYTE_ORDER_MARK} so that spreadsheet programs read Cyrillic.
     */
    CSV(CsvReport::render),
    /**
     * One self-contained page (styles and script inline, nothing fetched): counts by severity,
     * the findings with filters, a timeline of each roadmap of the snapshot and the documents
     * imported on the way.
     */
    HTML(HtmlReport::render);

    /** The byte order mark a {@link #CSV} text starts with. */
    public static final String CSV_BYTE_ORDER_MARK = "\uFEFF";

    private final BiFunction<ReportContext, Language, String> writer;

    ReportFormat(BiFunction<ReportContext, Language, String> writer) {
        this.writer = writer;
    }

    /**
     * @param context  the report and what it was made from, not null
     * @param language  the language of the headings and messages, not null
     * @return the report in this format
     */
    public String render(ReportContext context, Language language) {
        return writer.apply(Objects.requireNonNull(context, "context"), Objects.requireNonNull(language, "language"));
    }
}
