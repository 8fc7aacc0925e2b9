package org.nastavnik.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.nastavnik.common.DisplayNames;
import org.nastavnik.common.Language;
import org.nastavnik.deadline.DeadlineStatus;
import org.nastavnik.rules.Finding;
import org.nastavnik.rules.SubjectNames;

/**
 * A report as an Excel workbook (XLSX, written with Apache POI): one sheet of findings, one
 * finding per row (current, then upcoming), with a bold frozen header, an auto-filter on every
 * column, set column widths, wrapped messages and due dates as date cells; then one sheet per
 * roadmap timeline (activity number, title, deadline as written, state, due dates and the next
 * one as a date). Values in the reader's language; the rule id, organization id and finding key
 * in their own columns.
 */
final class XlsxReport {

    /** Column widths in characters, findings sheet. */
    private static final int[] FINDING_WIDTHS = {16, 12, 36, 24, 32, 14, 30, 13, 80, 40, 40};
    private static final int[] TIMELINE_WIDTHS = {8, 70, 30, 18, 40, 13};

    private XlsxReport() {
    }

    static void write(ReportContext context, Language language, OutputStream out) {
        Labels l = new Labels(language);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb, language);
            findings(wb, st, context, l);
            context.snapshot().ifPresent(s -> {
                Set<String> used = new HashSet<>();
                used.add(l.text("sheet.findings"));
                for (Timeline t : Timeline.of(s, context.report().asOf())) {
                    timeline(wb, st, t, l, used);
                }
            });
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the XLSX report", e);
        }
    }

    private static void findings(XSSFWorkbook wb, Styles st, ReportContext context, Labels l) {
        XSSFSheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(l.text("sheet.findings")));
        header(sheet, st, List.of(l.text("col.severity"), l.text("col.kind"), l.text("col.rule"), l.text("col.ruleId"),
                l.text("col.organization"), l.text("col.organizationId"), l.text("col.subjects"), l.text("col.due"),
                l.text("col.message"), l.text("col.source"), l.text("col.key")), FINDING_WIDTHS);
        Map<String, String> orgs = context.organizationNames();
        SubjectNames names = context.subjectNames();
        Language language = l.language();
        int r = 1;
        for (Finding f : context.report().allFindings()) {
            Row row = sheet.createRow(r++);
            text(row, 0, l.severityName(f.severity()), st.text);
            text(row, 1, l.kind(f.kind()), st.text);
            text(row, 2, context.ruleTitle(f.ruleId(), language), st.wrap);
            text(row, 3, f.ruleId(), st.text);
            text(row, 4, orgs.getOrDefault(f.organizationId(), f.organizationId()), st.wrap);
            text(row, 5, f.organizationId(), st.text);
            text(row, 6, CsvReport.subjects(f, names, language), st.wrap);
            date(row, 7, f.dueDate().orElse(null), st);
            text(row, 8, f.message(language, names), st.wrap);
            text(row, 9, f.source().toString(), st.wrap);
            text(row, 10, f.key(), st.text);
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, FINDING_WIDTHS.length - 1));
    }

    private static void timeline(XSSFWorkbook wb, Styles st, Timeline t, Labels l, Set<String> used) {
        String base = WorkbookUtil.createSafeSheetName(t.roadmapId());
        String name = base;
        for (int i = 2; used.contains(name.toLowerCase(java.util.Locale.ROOT)) || used.contains(name); i++) {
            String suffix = " (" + i + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        used.add(name.toLowerCase(java.util.Locale.ROOT));
        XSSFSheet sheet = wb.createSheet(name);
        header(sheet, st, List.of(l.text("col.number"), l.text("col.activity"), l.text("col.deadline"),
                l.text("col.state"), l.text("col.dueDates"), l.text("col.due")), TIMELINE_WIDTHS);
        Language language = l.language();
        int r = 1;
        for (Timeline.Row tr : t.rows()) {
            Row row = sheet.createRow(r++);
            text(row, 0, tr.number(), st.text);
            text(row, 1, tr.title(), st.wrap);
            text(row, 2, language == Language.RU ? tr.deadlineRu() : tr.deadlineEn(), st.wrap);
            text(row, 3, l.text("state." + tr.state().name()), st.text);
            StringBuilder dates = new StringBuilder();
            for (DeadlineStatus.Occurrence o : tr.status().occurrences()) {
                dates.append(dates.length() > 0 ? "; " : "").append(l.date(o.dueDate())).append(" — ")
                        .append(DisplayNames.of(o.state(), language));
            }
            text(row, 4, dates.toString(), st.wrap);
            date(row, 5, tr.status().next().map(DeadlineStatus.Occurrence::dueDate).orElse(null), st);
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, TIMELINE_WIDTHS.length - 1));
    }

    private static void header(XSSFSheet sheet, Styles st, List<String> titles, int[] widths) {
        Row h = sheet.createRow(0);
        for (int i = 0; i < titles.size(); i++) {
            text(h, i, titles.get(i), st.header);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellValue(value);
        c.setCellStyle(style);
    }

    private static void date(Row row, int column, LocalDate value, Styles st) {
        Cell c = row.createCell(column);
        if (value != null) {
            c.setCellValue(value);
        }
        c.setCellStyle(st.date);
    }

    /** The cell styles of a workbook. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle wrap;
        final CellStyle date;

        Styles(XSSFWorkbook wb, Language language) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            header.setWrapText(true);
            text = wb.createCellStyle();
            text.setVerticalAlignment(VerticalAlignment.TOP);
            wrap = wb.createCellStyle();
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            wrap.setWrapText(true);
            date = wb.createCellStyle();
            date.setVerticalAlignment(VerticalAlignment.TOP);
            date.setDataFormat(wb.getCreationHelper().createDataFormat()
                    .getFormat(language == Language.RU ? "dd.mm.yyyy" : "d mmm yyyy"));
        }
    }
}
