package org.nastavnik.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nastavnik.bench.fixtures.Scale;
import org.nastavnik.bench.fixtures.TerritoryGenerator;
import org.nastavnik.examples.monitoring.Headcounts;
import org.nastavnik.json.JsonDocument;
import org.nastavnik.model.Snapshot;
import org.nastavnik.monitoring.Monitoring;
import org.nastavnik.monitoring.MonitoringResult;
import org.nastavnik.monitoring.report.MonitoringXlsx;

/** {@code monitor}: the page in headless Chromium (skipped without it), the workbook read back, bad input. */
class MonitorCommandTest {
    @TempDir
    static Path dir;
    static Path snapshot;
    static MonitoringResult expected;

    @BeforeAll
    static void write() throws Exception {
        Snapshot s = Headcounts.with(TerritoryGenerator.of(Scale.MUNICIPALITY, 5).snapshot());
        snapshot = dir.resolve("town.json");
        Files.writeString(snapshot, JsonDocument.SNAPSHOT.write(s), StandardCharsets.UTF_8);
        expected = Monitoring.federal().measure(s, TerritoryGenerator.AS_OF);
    }

    @Test
    void xlsx_should_read_back_with_one_row_per_organization_and_the_municipality_total() throws Exception {
        Path out = dir.resolve("town.xlsx");
        Run r = Run.of("monitor", snapshot.toString(), "--as-of", "2022-12-01", "--format", "xlsx", "--output",
                out.toString());
        assertEquals(Cli.OK, r.exitCode(), r.err());
        try (InputStream in = Files.newInputStream(out); Workbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet(MonitoringXlsx.CHECKLIST_SHEET);
            assertEquals(50 + 1 + 1, s.getLastRowNum(), "50 organizations, the municipality's total, the grand total");
            assertEquals("Итого по муниципалитету", s.getRow(51).getCell(0).getStringCellValue());
            int fixed = expected.territory().count(org.nastavnik.monitoring.Measure.FIXED_BY_ORDER);
            assertEquals(fixed, (int) s.getRow(51).getCell(2 + 11).getNumericCellValue());
            assertEquals("нет данных", s.getRow(1).getCell(2).getStringCellValue(), "the website section");
        }
    }

    @Test
    void json_should_carry_the_numbers_and_bad_input_a_clear_error() {
        Run r = Run.of("monitor", snapshot.toString(), "--as-of", "01.12.2022", "--format", "json");
        assertEquals(Cli.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("\"ACTIVE_PAIRS\" : " + expected.territory().count(
                org.nastavnik.monitoring.Measure.ACTIVE_PAIRS)), r.out().substring(0, 400));
        Run bad = Run.of("monitor", snapshot.toString(), "--as-of", "2022-12-01", "--format", "xlsx");
        assertEquals(Cli.BAD_INPUT, bad.exitCode());
        assertTrue(bad.err().contains("--output"), bad.err());
        Run missing = Run.of("monitor", snapshot.toString(), "--as-of", "2022-12-01", "--profile", "nope.properties");
        assertEquals(Cli.BAD_INPUT, missing.exitCode());
        assertTrue(missing.err().contains("nope.properties"), missing.err());
    }

    @Test
    void html_page_should_render_in_chromium_with_notes_and_tables_in_russian() throws Exception {
        Path page = dir.resolve("town.html");
        Run r = Run.of("monitor", snapshot.toString(), "--as-of", "2022-12-01", "--format", "html", "--output",
                page.toString());
        assertEquals(Cli.OK, r.exitCode(), r.err());
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertFalse(Pattern.compile("\\b[A-Z]{3,}_[A-Z_]+\\b").matcher(html).find(), "no code words in the page");
        Optional<Path> chromium = chromium();
        Assumptions.assumeTrue(chromium.isPresent(), "Chromium is not installed (/usr/bin/chromium or chromium on the "
                + "PATH); install the Debian package chromium to run this test");
        Path profile = Files.createTempDirectory(dir, "profile");
        Path out = dir.resolve("dom.html");
        List<String> command = List.of(chromium.get().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--dump-dom", page.toUri().toString());
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Chromium did not finish in 120 s");
        }
        assertEquals(0, p.exitValue());
        String dom = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(2, count(dom, "<section class=\"note\""), "a note for the region and one for the municipality");
        Matcher body = Pattern.compile("<table id=\"checklist\">.*?<tbody>(.*?)</tbody>", Pattern.DOTALL).matcher(dom);
        assertTrue(body.find(), "the checklist table");
        assertEquals(52, count(body.group(1), "<tr"), "50 organizations and two totals");
        assertTrue(dom.contains("Аналитическая справка по итогам мониторинга"), "the note's title");
        assertTrue(dom.contains("Наиболее частые замечания"), "the findings");
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private static Optional<Path> chromium() {
        Path debian = Path.of("/usr/bin/chromium");
        if (Files.isExecutable(debian)) {
            return Optional.of(debian);
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String d : path.split(java.io.File.pathSeparator)) {
                Path c = Path.of(d, "chromium");
                if (Files.isExecutable(c)) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }
}
