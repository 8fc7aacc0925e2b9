package org.nastavnik.examples.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nastavnik.report.ReportFormat;
import org.nastavnik.rules.CheckOptions;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.ComplianceReport;
import org.nastavnik.rules.json.ReportJson;

class CheckCommandTest {

    @TempDir
    static Path dir;

    private static Path sample;
    private static Path empty;

    @BeforeAll
    static void writeSnapshots() {
        sample = Fixtures.write(dir, "tashtagol.json", Fixtures.sample());
        empty = Fixtures.write(dir, "empty.json", Fixtures.empty());
    }

    @Test
    void should_exit_with_1_and_print_the_findings_when_the_snapshot_has_warnings() {
        // when
        Run run = Run.of("check", sample.toString(), "--as-of", "2022-06-01");
        // then
        assertAll(
                () -> assertEquals(Cli.VIOLATIONS, run.exitCode()),
                () -> assertEquals("", run.err()),
                () -> assertTrue(run.out().contains("На дату:     01.06.2022, горизонт 14 дн.\n"), run.out()),
                () -> assertTrue(run.out().contains("  ПРЕДУПРЕЖДЕНИЕ  Нет куратора\n"), run.out()),
                () -> assertFalse(run.out().contains("Импортированные документы"), "no documents were imported"));
    }

    @Test
    void should_exit_with_0_and_say_so_when_nothing_is_found() {
        // when
        Run run = Run.of("check", empty.toString(), "--as-of", "01.06.2022", "--lang", "en");
        // then
        assertAll(
                () -> assertEquals(Cli.OK, run.exitCode(), run.err()),
                () -> assertTrue(run.out().contains("Total:       violations 0 · warnings 0 · notices 0 · upcoming 0."),
                        run.out()),
                () -> assertTrue(run.out().endsWith("\nNo findings.\n"), run.out()));
    }

    @Test
    void should_write_the_same_report_as_the_engine_when_format_is_json() {
        // given
        ComplianceReport expected = ComplianceEngine.federal().check(Fixtures.sample(), LocalDate.of(2022, 6, 1),
                CheckOptions.defaults().withHorizonDays(30));
        // when
        Run run = Run.of("check", sample.toString(), "--as-of", "2022-06-01", "--horizon", "30", "--format", "json");
        // then
        assertEquals(Cli.VIOLATIONS, run.exitCode(), run.err());
        assertEquals(ReportJson.write(expected), run.out());
    }

    @Test
    void should_write_csv_and_html_to_the_output_file() {
        // when
        Run csv = Run.of("check", sample.toString(), "--as-of", "2022-06-01", "--format", "csv",
                "--output", dir.resolve("r.csv").toString());
        Run html = Run.of("check", sample.toString(), "--as-of", "2022-06-01", "--format", "html",
                "--output", dir.resolve("r.html").toString());
        // then
        assertAll(
                () -> assertEquals(Cli.VIOLATIONS, csv.exitCode()),
                () -> assertEquals("", csv.out()),
                () -> assertTrue(Fixtures.read(dir.resolve("r.csv")).startsWith(ReportFormat.CSV_BYTE_ORDER_MARK
                        + "Серьёзность,Вид,Правило,Код правила,Организация,Код организации,Субъекты,Срок,Что не так,"
                        + "Источник,Ключ находки\r\n")),
                () -> assertEquals(Cli.VIOLATIONS, html.exitCode()),
                () -> assertTrue(Fixtures.read(dir.resolve("r.html")).contains("data-rule=\"PAIR_FORMED_LATE\"")));
    }

    @Test
    void should_write_a_workbook_and_a_semicolon_separated_csv_when_asked() throws Exception {
        // when
        Path book = dir.resolve("r.xlsx");
        Run xlsx = Run.of("check", sample.toString(), "--as-of", "2022-06-01", "--format", "xlsx",
                "--output", book.toString());
        Run csv = Run.of("check", sample.toString(), "--as-of", "2022-06-01", "--format", "csv",
                "--csv-separator", ";");
        Run bad = Run.of("check", sample.toString(), "--as-of", "2022-06-01", "--format", "csv",
                "--csv-separator", "|");
        // then
        byte[] bytes = java.nio.file.Files.readAllBytes(book);
        assertAll(
                () -> assertEquals(Cli.VIOLATIONS, xlsx.exitCode(), xlsx.err()),
                () -> assertEquals("", xlsx.err(), "no logging noise from the workbook library"),
                () -> assertTrue(bytes.length > 1000 && bytes[0] == 'P' && bytes[1] == 'K', "a zip: an OOXML workbook"),
                () -> assertTrue(csv.out().startsWith(ReportFormat.CSV_BYTE_ORDER_MARK + "Серьёзность;Вид;Правило;"),
                        csv.out()),
                () -> assertEquals(Cli.BAD_INPUT, bad.exitCode()),
                () -> assertTrue(bad.err().contains("--csv-separator \"|\": must be , or ;"), bad.err()));
    }

    @Test
    void should_stay_quiet_on_stderr_when_stderr_is_not_a_terminal_even_for_large_input() {
        // when: not a terminal, and every input counts as large
        Run run = Run.of(false, 0, "check", sample.toString(), "--as-of", "2022-06-01");
        // then
        assertEquals(Cli.VIOLATIONS, run.exitCode());
        assertEquals("", run.err());
    }

    @Test
    void should_show_progress_on_stderr_when_it_is_a_terminal_and_the_input_is_large() {
        // when: a terminal, and every input counts as large
        Run run = Run.of(true, 0, "check", sample.toString(), "--as-of", "2022-06-01");
        // then
        assertEquals(Cli.VIOLATIONS, run.exitCode());
        assertEquals(4, run.errLines().size(), run.err());
        assertTrue(run.errLines().get(0).matches("nastavnik: \\[ *\\d+\\.\\d s] reading .*tashtagol\\.json \\(\\d+\\.\\d MB\\)"),
                run.err());
        assertTrue(run.errLines().get(1).matches("nastavnik: \\[ *\\d+\\.\\d s] checking \\d+ records as of 2022-06-01"),
                run.err());
        assertTrue(run.errLines().get(3).endsWith("] done"), run.err());
    }

    @Test
    void should_show_no_progress_on_a_terminal_when_the_input_is_small() {
        // when
        Run run = Run.of(true, Cli.LARGE_BYTES, "check", empty.toString(), "--as-of", "2022-06-01");
        // then
        assertEquals("", run.err());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(org.nastavnik.examples.demo.Seed.class)
    void should_check_a_roadmap_document_with_the_snapshot_and_report_its_document_findings(
            org.nastavnik.examples.demo.Seed seed) {
        // given each seed as a Word document beside an empty snapshot
        Path docx = Fixtures.docx(dir, seed.name().toLowerCase() + ".docx", seed.text());
        // when
        Run run = Run.of("check", empty.toString(), "--as-of", "2025-01-15", "--roadmap", docx.toString(),
                "--format", "json");
        // then the roadmap's rules and its document findings are in the report
        assertEquals(Cli.VIOLATIONS, run.exitCode(), run.err());
        ComplianceReport report = ReportJson.read(run.out());
        String id = seed.name().toLowerCase();
        assertTrue(report.findings().stream().anyMatch(f -> f.subjects().stream().anyMatch(
                s -> s.id().startsWith(id))), run.out());
        java.util.List<String> expected = new java.util.ArrayList<>();
        try {
            for (var f : org.nastavnik.roadmap.RoadmapReader.read(docx,
                    org.nastavnik.roadmap.ReadOptions.of(id)).findings()) {
                if (org.nastavnik.rules.federal.RoadmapChecks.ruleCheckingNote(f.code().name()).isEmpty()) {
                    expected.add(f.code().name());
                }
            }
        } catch (org.nastavnik.roadmap.ImportException e) {
            throw new AssertionError(e);
        }
        assertEquals(expected.stream().sorted().toList(), report.findings().stream()
                .filter(f -> f.ruleId().startsWith("ROADMAP_DOCUMENT_")).map(f -> f.evidence().get("code"))
                .sorted().toList(), "every document finding of " + seed + " is in the report");
    }

    @Test
    void should_report_two_initials_for_one_surname_from_the_sochi_order_in_russian() {
        Path docx = Fixtures.docx(dir, "sochi.docx", org.nastavnik.examples.demo.Seed.SOCHI.text());
        Run run = Run.of("check", empty.toString(), "--as-of", "2025-01-15", "--roadmap", docx.toString(),
                "--roadmap", docx.toString());
        assertEquals(Cli.VIOLATIONS, run.exitCode(), run.err());
        String flat = run.out().replaceAll("\\s+", " ");
        assertTrue(flat.contains("Документ дорожной карты «на 2023-2024 годы»: фамилия Боброва встречается с "
                + "инициалами Т.А."), run.out());
        assertEquals(2, flat.split("фамилия Боброва встречается", -1).length - 1,
                "each copy is its own roadmap with its own document finding");
    }

    @Test
    void should_name_a_roadmap_document_that_cannot_be_read() {
        Path scan = Fixtures.write(dir, "scan.pdf", "%PDF-1.4\n%%EOF\n");
        Run run = Run.of("check", empty.toString(), "--as-of", "2025-01-15", "--roadmap", scan.toString());
        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertTrue(run.oneLineError().startsWith("nastavnik: roadmap file " + scan + ": a damaged or cut-short PDF"),
                run.oneLineError());
    }

    @Test
    void should_name_the_file_when_it_does_not_exist() {
        // given
        Path missing = dir.resolve("missing.json");
        // when
        Run run = Run.of("check", missing.toString(), "--as-of", "2022-06-01");
        // then
        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertEquals("nastavnik: " + missing + ": no such file", run.oneLineError());
    }

    @Test
    void should_name_the_line_and_column_when_the_json_is_malformed() {
        // given
        Path bad = Fixtures.write(dir, "malformed.json", "{\n  \"asOf\": \"2022-06-01\",\n  oops\n}\n");
        // when
        Run run = Run.of("check", bad.toString(), "--as-of", "2022-06-01");
        // then
        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertEquals("nastavnik: " + bad + ": line 3, column 3: malformed JSON: Unexpected character ('o' (code 111)): "
                + "was expecting double-quote to start field name", run.oneLineError());
    }

    @Test
    void should_list_every_problem_with_its_path_when_the_snapshot_is_invalid() {
        // given: an impossible date, an unknown field and a number for an id
        String json = Fixtures.read(sample).replace("\"asOf\": \"2022-06-01\"", "\"asOf\": \"2022-13-01\", \"extra\": 1")
                .replace("\"mentorId\": \"s1-st-1\"", "\"mentorId\": 7");
        Path bad = Fixtures.write(dir, "invalid.json", json);
        // when
        Run run = Run.of("check", bad.toString(), "--as-of", "2022-06-01");
        // then: long reasons are cut to keep the line readable
        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertEquals("nastavnik: " + bad + ": 3 problems: asOf (2022-13-01): not a valid date (yyyy-MM-dd); "
                + "extra (): unknown field; allowed: asOf, territory, roadmaps, organizations, people, "
                + "curatorAppointments, registry, consents, formAdoptions, mentorships, meetin…; "
                + "mentorships[0].mentorId (7): expected a string, found a number", run.oneLineError());
    }

    @Test
    void should_list_a_dangling_reference_with_its_path() {
        // given
        String json = Fixtures.read(sample).replace("\"mentorId\": \"s1-st-1\"", "\"mentorId\": \"nobody\"");
        Path bad = Fixtures.write(dir, "dangling.json", json);
        // when
        Run run = Run.of("check", bad.toString(), "--as-of", "2022-06-01");
        // then
        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertEquals("nastavnik: " + bad + ": 1 problem: mentorships[0].mentorId (nobody): no person has this id",
                run.oneLineError());
    }

    @Test
    void should_say_a_report_is_not_a_snapshot() {
        // given
        Run report = Run.of("check", sample.toString(), "--as-of", "2022-06-01", "--format", "json");
        Path file = Fixtures.write(dir, "report.json", report.out());
        // when
        Run run = Run.of("check", file.toString(), "--as-of", "2022-06-01");
        // then
        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertEquals("nastavnik: " + file + ": format (nastavnik-report/1): this is a report, not a snapshot; "
                + "compare reports with diff", run.oneLineError());
    }

    @Test
    void should_refuse_a_bad_date() {
        // when
        Run run = Run.of("check", sample.toString(), "--as-of", "2022-02-30");
        // then
        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertEquals("nastavnik: --as-of \"2022-02-30\": not a valid date; use yyyy-mm-dd, such as 2022-10-01",
                run.oneLineError());
    }

    @Test
    void should_require_the_date() {
        // when
        Run run = Run.of("check", sample.toString());
        // then
        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertEquals("nastavnik: Missing required option: '--as-of=<date>' (see 'nastavnik check --help')",
                run.oneLineError());
    }

    @Test
    void should_refuse_a_horizon_out_of_range() {
        // when
        Run run = Run.of("check", sample.toString(), "--as-of", "2022-06-01", "--horizon", "-1");
        // then
        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertEquals("nastavnik: --horizon \"-1\": must be 0..3660 days", run.oneLineError());
    }

    @Test
    void should_apply_the_region_pack_when_a_region_is_given() throws Exception {
        // when
        Run run = Run.of("check", sample.toString(), "--as-of", "2022-06-01", "--region", "42", "--format", "json");
        // then
        ComplianceReport report = ReportJson.read(run.out());
        assertAll(
                () -> assertEquals(Cli.VIOLATIONS, run.exitCode(), run.err()),
                () -> assertTrue(report.ruleSetVersion().contains("+r42-tashtagol@"), report.ruleSetVersion()),
                () -> assertTrue(report.rulesEvaluated().stream().anyMatch(id -> id.startsWith("R42_")),
                        report.rulesEvaluated().toString()),
                () -> assertEquals(1, report.findings("CURATOR_MISSING").size()));
    }

    @Test
    void should_refuse_a_region_code_that_is_not_one() {
        // when
        Run run = Run.of("check", sample.toString(), "--as-of", "2022-06-01", "--region", "abc");
        // then
        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertEquals("nastavnik: --region \"abc\": region code (abc) must be two digits from 01 to 99, such as 31 "
                + "for the Belgorod region", run.oneLineError());
    }

    @Test
    void should_print_a_stack_trace_only_with_debug() {
        // given
        Path missing = dir.resolve("missing.json");
        // when
        Run plain = Run.of("check", missing.toString(), "--as-of", "2022-06-01");
        Run debug = Run.of("check", missing.toString(), "--as-of", "2022-06-01", "--debug");
        // then
        assertFalse(plain.err().contains("\tat "), plain.err());
        assertEquals(Cli.BAD_INPUT, debug.exitCode());
        assertTrue(debug.err().startsWith("nastavnik: " + missing + ": no such file\n"), debug.err());
        assertTrue(debug.err().contains("\tat org.nastavnik.examples.cli.Inputs"), debug.err());
    }

    @Test
    void should_describe_exit_codes_in_help() {
        // when
        Run run = Run.of("check", "--help");
        // then
        assertEquals(Cli.OK, run.exitCode());
        assertTrue(run.out().contains("Exit codes:\n  0   no current finding of severity VIOLATION or WARNING"), run.out());
        assertTrue(run.out().contains("--as-of=<date>"), run.out());
    }
}
