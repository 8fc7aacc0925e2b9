package org.nastavnik.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.Language;
import org.nastavnik.deadline.DeadlineContext;
import org.nastavnik.deadline.DeadlineParser;
import org.nastavnik.model.Activity;
import org.nastavnik.model.ActivityOrigin;
import org.nastavnik.model.DocumentRef;
import org.nastavnik.model.Organization;
import org.nastavnik.model.OrganizationKind;
import org.nastavnik.model.Responsible;
import org.nastavnik.model.RegionCode;
import org.nastavnik.model.Roadmap;
import org.nastavnik.model.RoadmapLevel;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.Territory;
import org.nastavnik.rules.ComplianceReport;
import org.nastavnik.rules.Finding;
import org.nastavnik.rules.FindingKind;
import org.nastavnik.rules.Severity;
import org.nastavnik.rules.SourceRef;
import org.nastavnik.rules.SubjectRef;
import org.nastavnik.rules.json.ReportJson;

/** A monthly duty missed three times is one row with its dates; the workbook reads back with its dates and filter. */
class DutiesAndWorkbookTest {

    private static final LocalDate AS_OF = LocalDate.of(2022, 6, 1);

    private static Finding overdue(LocalDate due) {
        return Finding.builder().ruleId("ROADMAP_ACTIVITY_OVERDUE").severity(Severity.VIOLATION)
                .kind(FindingKind.CURRENT).subject(SubjectRef.roadmap("rm")).subject(SubjectRef.activity("rm", "4.2"))
                .evidence("dueOn", due.toString()).keyEvidence("dueOn").dueDate(due)
                .source(SourceRef.of("Дорожная карта", "п. 4.2"))
                .message(Language.RU, "Мероприятие не выполнено к " + due).message(Language.EN, "Not done by " + due)
                .explanation(Language.RU, "почему").explanation(Language.EN, "why").build();
    }

    private static Finding curator() {
        return Finding.builder().ruleId("CURATOR_MISSING").severity(Severity.WARNING).kind(FindingKind.CURRENT)
                .subject(SubjectRef.organization("s1")).source(SourceRef.of("Р-145", "п. 1"))
                .message(Language.RU, "Нет куратора").message(Language.EN, "No curator")
                .explanation(Language.RU, "почему").explanation(Language.EN, "why").build();
    }

    private static ReportContext context() {
        Activity monthly = Activity.builder().number("4.2").title("Ежемесячный мониторинг реализации целевой модели")
                .deadlineText("ежемесячно, до 25 числа")
                .deadline(DeadlineParser.parse("ежемесячно, до 25 числа", DeadlineContext.none()))
                .addResponsible(Responsible.role("Руководители ОО")).expectedResult("Отчёт")
                .origin(ActivityOrigin.TABLE).build();
        Roadmap rm = Roadmap.builder().id("rm").title("План мероприятий").level(RoadmapLevel.MUNICIPAL)
                .territory(Territory.municipality("42", "Таштагольский район"))
                .approval(DocumentRef.order("7", LocalDate.of(2022, 1, 10))).addActivities(monthly).build();
        Snapshot s = Snapshot.builder().asOf(AS_OF).territory(Territory.region("42"))
                .addOrganizations(Organization.builder().id("s1").name("МБОУ «СОШ № 1»").kind(OrganizationKind.SCHOOL)
                        .region(RegionCode.of("42")).build())
                .addRoadmaps(rm).build();
        ComplianceReport report = ComplianceReport.builder().asOf(AS_OF).ruleSetVersion("test@1")
                .finding(overdue(LocalDate.of(2022, 3, 25))).finding(overdue(LocalDate.of(2022, 1, 25)))
                .finding(overdue(LocalDate.of(2022, 2, 25))).finding(curator()).build();
        return ReportContext.of(report, s);
    }

    @Test
    void should_show_a_duty_missed_three_times_as_one_row_with_its_dates_and_keep_three_findings_in_json() {
        // when
        String text = ReportFormat.TEXT.render(context(), Language.RU);
        String html = ReportFormat.HTML.render(context(), Language.RU);
        String json = ReportFormat.JSON.render(context(), Language.RU);
        // then
        Matcher rows = Pattern.compile("<tr data-severity=\"VIOLATION\"[^>]*data-count=\"(\\d+)\"").matcher(html);
        assertTrue(rows.find(), html);
        assertAll(
                () -> assertEquals("3", rows.group(1)),
                () -> assertTrue(!rows.find(), "one row for the duty"),
                () -> assertEquals(1, text.split("Мероприятие дорожной карты не выполнено в срок", -1).length - 1, text),
                () -> assertTrue(text.replaceAll("\\s+", " ").contains("Пропущено сроков: 3, с 25.01.2022 по "
                        + "25.03.2022: 25.01.2022, 25.02.2022, 25.03.2022."), text),
                () -> assertTrue(text.contains("Мероприятие не выполнено к 2022-03-25"), "the latest missed date shown"),
                () -> assertTrue(html.contains("<li>25.02.2022</li>"), "the dates to unfold"),
                () -> assertTrue(html.contains("title=\"ROADMAP_ACTIVITY_OVERDUE\">Мероприятие дорожной карты не "
                        + "выполнено в срок</td>"), "title shown, id on hover"),
                () -> assertEquals(4, ReportJson.read(json).allFindings().size(), "JSON keeps every occurrence"));
    }

    @Test
    void should_write_a_workbook_that_reads_back_with_cyrillic_dates_a_filter_and_a_frozen_header() throws Exception {
        // given
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // when
        ReportFormat.XLSX.write(context(), Language.RU, out);
        // then
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet findings = wb.getSheet("Находки");
            assertNotNull(findings, "the findings sheet");
            Cell due = findings.getRow(1).getCell(7);
            assertAll(
                    () -> assertEquals("Серьёзность", findings.getRow(0).getCell(0).getStringCellValue()),
                    () -> assertEquals("нарушение", findings.getRow(1).getCell(0).getStringCellValue()),
                    () -> assertEquals("Мероприятие дорожной карты не выполнено в срок",
                            findings.getRow(1).getCell(2).getStringCellValue()),
                    () -> assertEquals("ROADMAP_ACTIVITY_OVERDUE", findings.getRow(1).getCell(3).getStringCellValue()),
                    () -> assertEquals(CellType.NUMERIC, due.getCellType()),
                    () -> assertTrue(DateUtil.isCellDateFormatted(due), "a date cell"),
                    () -> assertEquals(LocalDate.of(2022, 1, 25), due.getLocalDateTimeCellValue().toLocalDate()),
                    () -> assertEquals("МБОУ «СОШ № 1»", findings.getRow(4).getCell(4).getStringCellValue()),
                    () -> assertEquals("A1:K5", findings.getCTWorksheet().getAutoFilter().getRef()),
                    () -> assertEquals(1, findings.getPaneInformation().getHorizontalSplitPosition()),
                    () -> assertTrue(findings.getColumnWidth(8) > findings.getColumnWidth(1), "widths set"),
                    () -> assertEquals(2, wb.getNumberOfSheets(), "findings and one roadmap"),
                    () -> assertEquals("Ежемесячный мониторинг реализации целевой модели",
                            wb.getSheetAt(1).getRow(1).getCell(1).getStringCellValue()));
        }
    }
}
