package org.nastavnik.examples.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nastavnik.report.ReportFormat;
import org.nastavnik.rules.ComplianceReport;
import org.nastavnik.rules.Finding;
import org.nastavnik.rules.FindingKind;
import org.nastavnik.rules.Severity;
import org.nastavnik.rules.SubjectType;
import org.nastavnik.rules.json.ReportJson;

class DemoCommandTest {

    private static Run text;
    private static ComplianceReport report;

    @BeforeAll
    static void runDemo() {
        text = Run.of("demo");
        Run json = Run.of("demo", "--format", "json");
        assertEquals(Cli.OK, json.exitCode(), json.err());
        report = ReportJson.read(json.out());
    }

    @Test
    void should_find_the_planted_problems_when_checking_the_sample_municipality() {
        // given the demo's report as JSON
        // then: school s2 has no curator, pair p2 was formed after its two-week window
        List<Finding> curator = report.findings("CURATOR_MISSING");
        List<Finding> late = report.findings("PAIR_FORMED_LATE");
        assertAll(
                () -> assertEquals(LocalDate.of(2022, 6, 1), report.asOf()),
                () -> assertEquals(14, report.horizonDays()),
                () -> assertEquals(1, curator.size(), curator.toString()),
                () -> assertEquals(List.of("s2"), curator.get(0).subjectIds(SubjectType.ORGANIZATION)),
                () -> assertEquals(Severity.WARNING, curator.get(0).severity()),
                () -> assertEquals(1, late.size(), late.toString()),
                () -> assertEquals(List.of("p2"), late.get(0).subjectIds(SubjectType.MENTORSHIP)),
                () -> assertEquals(List.of("s1"), late.get(0).subjectIds(SubjectType.ORGANIZATION)),
                () -> assertEquals("2021-10-05", late.get(0).evidence().get("formedOn")),
                () -> assertEquals(LocalDate.of(2021, 9, 29), late.get(0).dueDate().orElseThrow()),
                () -> assertTrue(report.findings("PAIR_INCOMPLETE").isEmpty(), "every sample pair is complete"));
    }

    @Test
    void should_find_every_problem_planted_in_the_sample_by_its_key() {
        // given: the problems SampleMunicipality's javadoc lists, one key each
        List<String> planted = List.of(
                "CURATOR_MISSING|organization:s2",
                "PAIR_FORMED_LATE|organization:s1|mentorship:p2|dueOn=2021-09-29",
                "MINOR_PD_CONSENT_MISSING|organization:s1|mentorship:p2|person:s1-st-4",
                "MEETING_ORDER|organization:s1|mentorship:p1|record:p1-3",
                "WORKING_MEETING_NO_FEEDBACK|organization:s1|mentorship:p1|record:p1-3",
                "COMPLETED_WITHOUT_FINAL|organization:s1|mentorship:p3",
                "YOUNG_SPECIALIST_MISCLASSIFIED|organization:s1|mentorship:p3|person:s1-t-2",
                "EXTERNAL_MENTOR_NO_AGREEMENT|organization:col|mentorship:p6|person:ent-1",
                "PERIODIC_REPORT_MISSING|organization:mnc|dueOn=2022-03-25",
                "PERIODIC_REPORT_MISSING|organization:mnc|dueOn=2022-04-25",
                "ROADMAP_ACTIVITY_OVERDUE|roadmap:tashtagol-2021|activity:tashtagol-2021/1.2|dueOn=2021-09-30");
        // then
        List<String> keys = report.findings().stream().map(Finding::key).toList();
        for (String key : planted) {
            assertTrue(keys.contains(key), "missing " + key + " among " + keys);
        }
        assertFalse(keys.stream().anyMatch(k -> k.startsWith("PERIODIC_REPORT_MISSING|organization:mnc|dueOn=2022-0")
                && !k.endsWith("2022-03-25") && !k.endsWith("2022-04-25")),
                "the centre reported every month of 2022 on time but March (late) and April (missing)");
        // and March is done late, three days, not missing (issue 15), April is missing, not credited with May's report
        Finding march = report.findings().stream()
                .filter(f -> f.key().equals("PERIODIC_REPORT_MISSING|organization:mnc|dueOn=2022-03-25")).findFirst().orElseThrow();
        assertEquals("DONE_LATE", march.evidence().get("state"));
        assertEquals("3", march.evidence().get("daysLate"));
        Finding april = report.findings().stream()
                .filter(f -> f.key().equals("PERIODIC_REPORT_MISSING|organization:mnc|dueOn=2022-04-25")).findFirst().orElseThrow();
        assertEquals("OVERDUE", april.evidence().get("state"));
        // and nothing of the roadmap is owed before its period, which starts in May 2021
        assertFalse(keys.stream().anyMatch(k -> k.startsWith("ROADMAP_ACTIVITY_OVERDUE|roadmap:tashtagol-2021|")
                && k.matches(".*dueOn=(20[01][0-9]|2020|2021-0[1-4])-.*")),
                "the roadmap's period starts in May 2021: " + keys);
        assertFalse(keys.stream().anyMatch(k -> k.contains("activity:tashtagol-2021/1.1|")), "1.1 was done on time");
    }

    @Test
    void should_print_a_readable_report_with_the_imported_documents_when_run_without_options() {
        // when: see runDemo
        // then
        assertAll(
                () -> assertEquals(Cli.OK, text.exitCode()),
                () -> assertEquals("", text.err(), "nothing on stderr, not even Drools' log"),
                () -> assertTrue(text.out().startsWith("Проверка целевой модели наставничества\n"), text.out()),
                () -> assertTrue(text.out().contains("Импортированные документы: 5\n"), text.out()),
                () -> assertTrue(text.out().contains("  Таштагольский муниципальный район, Кемеровская область — "
                        + "Кузбасс (42):\n    мероприятий 13"), text.out()),
                () -> assertTrue(text.out().contains("– Номер приказа в грифе приложения не совпадает: На грифе "
                        + "приложения указан"), "seed 003's appendix number, explained"),
                () -> assertTrue(text.out().contains("\nМБОУ «Средняя общеобразовательная школа № 2»\n"), text.out()),
                () -> assertTrue(text.out().contains("  ПРЕДУПРЕЖДЕНИЕ  Нет куратора\n"
                        + "                  В организации МБОУ «Средняя общеобразовательная школа № 2» нет\n"
                        + "                  куратора на 01.06.2022.\n"), text.out()),
                () -> assertTrue(text.out().contains("  ПРЕДУПРЕЖДЕНИЕ  Пара сформирована с опозданием · срок 29.09.2021\n"),
                        text.out()),
                () -> assertTrue(text.out().contains("Пропущено сроков: 13, с 25.05.2021 по 25.05.2022"),
                        "the monthly activity 4.2: one entry with its 13 missed dates (owed from May 2021, the "
                        + "roadmap's period as read)"),
                () -> assertEquals(1, text.out().split("Мероприятие 4.2 «", -1).length - 1,
                        "one entry for the monthly activity 4.2"),
                () -> assertTrue(text.out().contains("– Период реализации выведен: "),
                        "the inferred period explained, not named by its code"));
    }

    @Test
    void should_fit_every_line_in_80_columns() {
        // then
        for (String line : text.out().lines().toList()) {
            assertTrue(line.codePointCount(0, line.length()) <= 80, "longer than 80 columns: " + line);
        }
    }

    @Test
    void should_print_in_english_when_asked() {
        // when
        Run run = Run.of("demo", "--lang", "en");
        // then
        assertAll(
                () -> assertEquals(Cli.OK, run.exitCode()),
                () -> assertTrue(run.out().startsWith("Target mentoring model compliance check\n"), run.out()),
                () -> assertTrue(run.out().contains("  Warning    No curator\n"
                        + "             Organization МБОУ «Средняя общеобразовательная школа № 2» has no\n"
                        + "             curator on 1 Jun 2022.\n"), run.out()));
    }

    @Test
    void should_write_one_csv_row_per_finding_with_a_bom_when_format_is_csv() {
        // when
        Run run = Run.of("demo", "--format", "csv", "--lang", "en");
        // then
        List<String> rows = List.of(run.out().split("\r\n", -1));
        assertAll(
                () -> assertEquals(Cli.OK, run.exitCode()),
                () -> assertTrue(run.out().startsWith(ReportFormat.CSV_BYTE_ORDER_MARK + "Severity,Kind,Rule,Rule id,"
                        + "Organization,Organization id,Subjects,Due,What is wrong,Source,Finding key\r\n"), run.out()),
                () -> assertEquals(report.allFindings().size() + 2, rows.size(), "header, rows, empty after the last CRLF"),
                () -> assertTrue(rows.contains("warning,current,No curator,CURATOR_MISSING,"
                        + "МБОУ «Средняя общеобразовательная школа № 2»,s2,,,"
                        + "Organization МБОУ «Средняя общеобразовательная школа № 2» has no curator on 1 Jun 2022.,"
                        + "\"Распоряжение Минпросвещения России от 25.12.2019 № Р-145, приложение: функции "
                        + "образовательной организации — назначение куратора\",CURATOR_MISSING|organization:s2"),
                        run.out()));
    }

    @Test
    void should_write_a_self_contained_html_page_to_the_output_file(@TempDir Path dir) {
        // given
        Path page = dir.resolve("out/demo.html");
        // when
        Run run = Run.of("demo", "--format", "html", "--output", page.toString());
        // then
        String html = Fixtures.read(page);
        assertAll(
                () -> assertEquals(Cli.OK, run.exitCode()),
                () -> assertEquals("", run.out()),
                () -> assertTrue(html.startsWith("<!DOCTYPE html>"), html),
                () -> assertFalse(html.contains("http://") || html.contains("https://") || html.contains(" src="),
                        "nothing fetched from the network"),
                () -> assertTrue(html.contains("<tr data-severity=\"WARNING\" data-kind=\"CURRENT\" data-org=\"s2\" "
                        + "data-rule=\"CURATOR_MISSING\" data-count=\"1\" data-key=\"CURATOR_MISSING|organization:s2\">"),
                        "a filterable row"),
                () -> assertTrue(html.contains("@media print") && html.contains("size:A4"), "a print style sheet"),
                () -> assertTrue(html.contains("id=\"roadmap-tashtagol-2021\""), "the roadmap's timeline"));
    }

    @Test
    void should_name_no_one_in_any_format() {
        // given: the sample holds ids only; seed 004 names people, and its finding
        // SAME_SURNAME_DIFFERENT_INITIALS quotes «Боброва Т.С.»
        for (String format : List.of("text", "json", "csv", "html")) {
            // when
            Run run = Run.of("demo", "--format", format);
            // then
            assertFalse(run.out().contains("Боброва") || run.out().contains("Степанова"), format);
        }
    }

    @Test
    void should_show_usage_and_exit_codes_when_asked_for_help() {
        // when
        Run run = Run.of("demo", "--help");
        // then
        assertAll(
                () -> assertEquals(Cli.OK, run.exitCode()),
                () -> assertTrue(run.out().startsWith("Usage: nastavnik demo [-hV] [--debug] [--csv-separator=<char>]"),
                        run.out()),
                () -> assertTrue(run.out().contains("Exit codes:"), run.out()));
    }

    @Test
    void should_refuse_an_unknown_format_in_one_line_with_exit_code_2() {
        // when
        Run run = Run.of("demo", "--format", "xml");
        // then
        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertEquals("nastavnik: Invalid value for option '--format': expected one of [text, json, csv, xlsx, html] "
                + "(case-insensitive) but was 'xml' (see 'nastavnik demo --help')", run.oneLineError());
    }

    @Test
    void should_refuse_an_argument_it_does_not_take() {
        // when
        Run run = Run.of("demo", "snapshot.json");
        // then
        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertEquals("nastavnik: Unmatched argument at index 1: 'snapshot.json' (see 'nastavnik demo --help')",
                run.oneLineError());
    }

    @Test
    void should_report_upcoming_findings_apart_from_current_ones() {
        // then: the counts cover current findings only
        int current = report.countsBySeverity().values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(report.findings().size(), current);
        assertTrue(report.upcoming().stream().allMatch(f -> f.kind() == FindingKind.UPCOMING));
    }
}
