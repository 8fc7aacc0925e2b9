package org.nastavnik.monitoring.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.nastavnik.model.IndicatorKind;
import org.nastavnik.common.Language;
import org.nastavnik.monitoring.Checklist;
import org.nastavnik.monitoring.ChecklistItem;
import org.nastavnik.monitoring.Indicators;
import org.nastavnik.monitoring.Measure;
import org.nastavnik.monitoring.MonitoringResult;
import org.nastavnik.monitoring.Scope;
import org.nastavnik.monitoring.Share;

/**
 * The monitoring as an XLSX workbook: sheet «Форма мониторинга» (one row per organization, one
 * column per item, totals per municipality) and sheet «Показатели» (counts, and for each share
 * its percent, numerator and denominator in three columns). Counts and percents are numbers;
 * «нет данных» is text.
 */
public final class MonitoringXlsx {
    /** The checklist sheet's name. */
    public static final String CHECKLIST_SHEET = "Форма мониторинга";
    /** The indicators sheet's name. */
    public static final String INDICATORS_SHEET = "Показатели";

    private MonitoringXlsx() {
    }

    /**
     * @param checklist  the filled checklist, not null
     * @return the workbook's bytes
     */
    public static byte[] workbook(Checklist checklist) {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            bold.setWrapText(true);
            checklistSheet(wb.createSheet(CHECKLIST_SHEET), checklist, bold);
            indicatorSheet(wb.createSheet(INDICATORS_SHEET), checklist.indicators(), bold);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook", e);
        }
    }

    private static void checklistSheet(Sheet s, Checklist c, CellStyle bold) {
        Row head = s.createRow(0);
        text(head, 0, "Организация", bold);
        text(head, 1, "Муниципалитет", bold);
        for (int i = 0; i < c.items().size(); i++) {
            ChecklistItem item = c.items().get(i);
            text(head, 2 + i, item.title(Language.RU), bold);
        }
        int r = 1;
        String current = null;
        for (Checklist.Row row : c.rows()) {
            if (current != null && !current.equals(row.municipality())) {
                answers(s.createRow(r++), "Итого по муниципалитету", current, c.totals(current), bold);
            }
            current = row.municipality();
            answers(s.createRow(r++), row.scope().name(), row.municipality(), row.answers(), null);
        }
        if (current != null) {
            answers(s.createRow(r++), "Итого по муниципалитету", current, c.totals(current), bold);
        }
        answers(s.createRow(r), "Всего", "", c.totals(null), bold);
        s.createFreezePane(2, 1);
        s.setColumnWidth(0, 40 * 256);
        s.setColumnWidth(1, 25 * 256);
    }

    private static void answers(Row row, String name, String municipality, List<Checklist.Answer> answers,
            CellStyle style) {
        text(row, 0, name, style);
        text(row, 1, municipality, style);
        for (int i = 0; i < answers.size(); i++) {
            Checklist.Answer a = answers.get(i);
            boolean number = a.status() == Checklist.Status.VALUE && a.number().isPresent()
                    && !a.text().startsWith("да");
            if (number) {
                Cell cell = row.createCell(2 + i);
                cell.setCellValue(a.number().get().doubleValue());
                if (style != null) {
                    cell.setCellStyle(style);
                }
            } else {
                text(row, 2 + i, a.text(), style);
            }
        }
    }

    private static void indicatorSheet(Sheet s, MonitoringResult r, CellStyle bold) {
        Row head = s.createRow(0);
        int c = 0;
        text(head, c++, "Организация", bold);
        text(head, c++, "Муниципалитет", bold);
        for (Measure m : Labels.COLUMNS) {
            text(head, c++, Labels.measure(m), bold);
        }
        for (IndicatorKind k : Indicators.sharesComputed()) {
            String l = Labels.share(k, r.profile());
            text(head, c++, l + ", %", bold);
            text(head, c++, l + ": числитель", bold);
            text(head, c++, l + ": знаменатель", bold);
        }
        int n = 1;
        String current = null;
        for (Indicators row : r.organizations()) {
            String m = row.municipality().orElse("");
            if (current != null && !current.equals(m)) {
                n = total(s, n, r, current, row.scope().region(), bold);
            }
            current = m;
            indicators(s.createRow(n++), row, row.scope().name(), m, null);
        }
        if (current != null && !r.organizations().isEmpty()) {
            n = total(s, n, r, current, r.organizations().get(r.organizations().size() - 1).scope().region(), bold);
        }
        indicators(s.createRow(n), r.territory(), "Всего", "", bold);
        s.createFreezePane(2, 1);
        s.setColumnWidth(0, 40 * 256);
    }

    private static int total(Sheet s, int n, MonitoringResult r, String municipality, String region, CellStyle bold) {
        var t = r.row(Scope.municipality(region, municipality));
        if (t.isPresent()) {
            indicators(s.createRow(n++), t.get(), "Итого по муниципалитету", municipality, bold);
        }
        return n;
    }

    private static void indicators(Row row, Indicators i, String name, String municipality, CellStyle style) {
        int c = 0;
        text(row, c++, name, style);
        text(row, c++, municipality, style);
        for (Measure m : Labels.COLUMNS) {
            row.createCell(c++).setCellValue(i.count(m));
        }
        for (IndicatorKind k : Indicators.sharesComputed()) {
            Share s = i.share(k);
            if (s.percent().isPresent()) {
                row.createCell(c++).setCellValue(s.percent().get().doubleValue());
                row.createCell(c++).setCellValue(s.involved());
                row.createCell(c++).setCellValue(s.total());
            } else {
                text(row, c++, "нет данных", null);
                text(row, c++, "нет данных", null);
                text(row, c++, "нет данных", null);
            }
        }
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
