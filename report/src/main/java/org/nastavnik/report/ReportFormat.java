package org.nastavnik.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.nastavnik.common.Language;
import org.nastavnik.rules.json.ReportJson;

/**
 * The formats a {@link ReportContext} can be written in: the one entry of this module.
 *
 * <pre>{@code
 * String html = ReportFormat.HTML.render(ReportContext.of(report, snapshot), Language.RU);
 * }</pre>
 *
 * <p>Every format names people by id unless the context asks for names
 * ({@link ReportContext#withPersonNames()}). Texts are in the language asked for (JSON carries
 * both languages and keeps codes); the binary {@link #XLSX} is written with
 * {@link #write(ReportContext, Language, OutputStream)}.
 */
public enum ReportFormat {

    /**
     * For the terminal: 80 columns, findings grouped by organization, most serious first,
     * messages wrapped, upcoming findings after the current ones ({@link TextReport}).
     */
    TEXT {
        @Override
        String text(ReportContext context, Language language) {
            return TextReport.render(context, language);
        }
    },
    /** The report as {@link ReportJson} writes it ({@code "format": "nastavnik-report/1"}); the language is not used. */
    JSON {
        @Override
        String text(ReportContext context, Language language) {
            return ReportJson.write(context.report());
        }
    },
    /**
     * One finding per row (current, then upcoming), a header row, RFC 4180 quoting, CRLF line
     * ends, starting with {@link #CSV_BYTE_ORDER_MARK} so that spreadsheet programs read Cyrillic;
     * commas between columns ({@link CsvReport#render(ReportContext, Language, char)} for a
     * semicolon, as Excel with a Russian locale expects).
     */
    CSV {
        @Override
        String text(ReportContext context, Language language) {
            return CsvReport.render(context, language);
        }
    },
    /**
     * One self-contained page (styles and script inline, nothing fetched): counts by severity,
     * the findings with filters, a timeline of each roadmap of the snapshot and the documents
     * imported on the way.
     */
    HTML {
        @Override
        String text(ReportContext context, Language language) {
            return HtmlReport.render(context, language);
        }
    },
    /**
     * An Excel workbook ({@link XlsxReport}): a sheet of findings with a frozen header, filters,
     * column widths and dates as dates, and a sheet per roadmap timeline. Binary: use
     * {@link #write(ReportContext, Language, OutputStream)}.
     */
    XLSX {
        @Override
        String text(ReportContext context, Language language) {
            throw new UnsupportedOperationException("XLSX is a binary format: use ReportFormat.XLSX.write(context, "
                    + "language, out)");
        }

        @Override
        void writeTo(ReportContext context, Language language, OutputStream out) throws IOException {
            XlsxReport.write(context, language, out);
        }

        @Override
        public boolean isBinary() {
            return true;
        }
    };

    /** The byte order mark a {@link #CSV} text starts with. */
    public static final String CSV_BYTE_ORDER_MARK = "\uFEFF";

    /**
     * @param context  the report and what it was made from, not null
     * @param language  the language of the headings and messages, not null
     * @return the report in this format
     * @throws UnsupportedOperationException for the binary {@link #XLSX}
     */
    public String render(ReportContext context, Language language) {
        return text(Objects.requireNonNull(context, "context"), Objects.requireNonNull(language, "language"));
    }

    /**
     * Writes the report to a stream (text formats as UTF-8); the stream is not closed.
     *
     * @param context  the report and what it was made from, not null
     * @param language  the language of the headings and messages, not null
     * @param out  where to write, not null
     * @throws UncheckedIOException if the stream fails
     */
    public void write(ReportContext context, Language language, OutputStream out) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(out, "out");
        try {
            writeTo(context, language, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return whether the format is binary (written with {@link #write}, not rendered as text) */
    public boolean isBinary() {
        return false;
    }

    /** The report as text; the arguments are not null. */
    abstract String text(ReportContext context, Language language);

    /** Writes the report; the arguments are not null. */
    void writeTo(ReportContext context, Language language, OutputStream out) throws IOException {
        out.write(text(context, language).getBytes(StandardCharsets.UTF_8));
    }
}
