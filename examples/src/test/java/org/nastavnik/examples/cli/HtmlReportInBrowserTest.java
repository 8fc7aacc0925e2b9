package org.nastavnik.examples.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nastavnik.rules.ComplianceReport;
import org.nastavnik.rules.Severity;
import org.nastavnik.rules.json.ReportJson;

/**
 * The demo's HTML page in a real headless Chromium (the Debian package), in a 1280×900 window: the
 * page's own script clicks the severity filters when opened with {@code #test-only=<SEVERITY>}, or
 * lists the rows of the first screen with {@code #test-first-screen}, and the DOM the browser dumps
 * tells what stayed visible; a screenshot of the first screen is left in the test's directory.
 * Skipped, with the reason, where Chromium is missing.
 */
class HtmlReportInBrowserTest {

    @TempDir
    static Path dir;

    private static Path page;
    private static ComplianceReport report;

    @BeforeAll
    static void renderDemo() {
        page = dir.resolve("demo.html");
        Run html = Run.of("demo", "--format", "html", "--output", page.toString());
        assertEquals(Cli.OK, html.exitCode(), html.err());
        report = ReportJson.read(Run.of("demo", "--format", "json").out());
    }

    @Test
    void should_show_only_warnings_when_the_other_severity_filters_are_clicked_off() throws Exception {
        // given
        long warnings = report.allFindings().stream().filter(f -> f.severity() == Severity.WARNING).count();
        // when
        Map<String, String> result = testResult(dumpDom("#test-only=WARNING"));
        // then: every warning is in a visible row (a row per duty: cases add up), the counter agrees
        assertAll(
                () -> assertEquals(String.valueOf(warnings), result.get("cases")),
                () -> assertEquals(result.get("rows"), result.get("counter")),
                () -> assertTrue(Integer.parseInt(result.get("rows")) <= warnings),
                () -> assertEquals(warnings > 0 ? "WARNING" : "", result.get("severities")));
    }

    @Test
    void should_show_only_violations_when_the_other_severity_filters_are_clicked_off() throws Exception {
        // given
        long violations = report.allFindings().stream().filter(f -> f.severity() == Severity.VIOLATION).count();
        // when
        String dom = dumpDom("#test-only=VIOLATION");
        Map<String, String> result = testResult(dom);
        // then
        assertAll(
                () -> assertEquals(String.valueOf(violations), result.get("cases")),
                () -> assertEquals(result.get("rows"), result.get("counter")),
                () -> assertEquals(violations > 0 ? "VIOLATION" : "", result.get("severities")));
        assertEquals(violations == 0, dom.contains("<p id=\"no-rows\">"), "the empty-result note shows when nothing does");
    }

    @Test
    void should_show_the_most_serious_findings_by_rule_title_one_row_per_duty_on_the_first_screen() throws Exception {
        // when: a 1280x900 window, as a methodologist opens it; the page lists the rows within the first screen
        String dom = dumpDom("#test-first-screen");
        screenshot();
        // then
        Matcher m = Pattern.compile("data-first-screen=\"([^\"]*)\"").matcher(dom);
        assertTrue(m.find(), "the page's first-screen script did not run");
        JsonNode first = new ObjectMapper().readTree(m.group(1).replace("&quot;", "\"").replace("&amp;", "&")
                .replace("&lt;", "<").replace("&gt;", ">"));
        JsonNode rows = first.get("rows");
        Severity worst = report.allFindings().stream().map(f -> f.severity()).min(Comparator.naturalOrder())
                .orElseThrow();
        Set<String> duties = new HashSet<>();
        assertTrue(rows.size() >= 3, "at least three findings on the first screen: " + first);
        assertEquals(worst.name(), rows.get(0).get("severity").asText(), "the most serious first");
        for (JsonNode row : rows) {
            String rule = row.get("rule").asText();
            String title = row.get("title").asText().strip();
            assertAll(
                    () -> assertFalse(title.isEmpty() || title.equals(rule), "a title, not the id: " + row),
                    () -> assertFalse(row.get("text").asText().matches("(?s).*\\b[A-Z][A-Z0-9_]{3,}\\b.*"),
                            "no code words on the first screen: " + row),
                    () -> assertTrue(duties.add(row.get("key").asText().replaceAll("\\|dueOn=[0-9-]*", "")),
                            "one row per duty: " + row));
        }
    }

    @Test
    void should_draw_the_roadmap_timeline_with_overdue_and_done_activities_and_full_titles() throws Exception {
        // when
        String dom = dumpDom("");
        // then: activity 1.1 was done on time (28.05.2021), 1.2 was not done by September 2021
        assertTrue(dom.contains("<div class=\"trow state-DONE\"><div class=\"tlabel\""), "a done activity");
        assertTrue(Pattern.compile("state-OVERDUE\"><div class=\"tlabel\" title=\"[^\"]*\"><b>1\\.2</b>").matcher(dom).find(),
                "activity 1.2 overdue");
        assertTrue(dom.contains("<span class=\"m OVERDUE\""), "an overdue marker");
        assertFalse(Pattern.compile("class=\"tlabel\"[^>]*><b>[^<]*</b>[^<]*…<small>").matcher(dom).find(),
                "no activity title cut short");
    }

    private static void screenshot() throws IOException, InterruptedException {
        Path png = dir.resolve("first-screen.png");
        run(List.of("--window-size=1280,900", "--screenshot=" + png, page.toUri().toString()), null);
        assertTrue(Files.size(png) > 10_000, "a screenshot of the first screen: " + png);
    }

    private static Map<String, String> testResult(String dom) {
        Matcher m = Pattern.compile("data-test-result=\"([^\"]*)\"").matcher(dom);
        assertTrue(m.find(), "the page's test script did not run:\n" + dom.substring(0, Math.min(dom.length(), 500)));
        Map<String, String> result = new HashMap<>();
        for (String part : m.group(1).split(";")) {
            String[] kv = part.split("=", 2);
            result.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        return result;
    }

    private static String dumpDom(String fragment) throws IOException, InterruptedException {
        Optional<Path> chromium = chromium();
        Assumptions.assumeTrue(chromium.isPresent(), "Chromium is not installed (/usr/bin/chromium or chromium on the "
                + "PATH); install the Debian package chromium to run this test");
        Path out = dir.resolve("dom-" + System.nanoTime() + ".html");
        run(List.of("--window-size=1280,900", "--dump-dom", page.toUri() + fragment), out);
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static void run(List<String> args, Path out) throws IOException, InterruptedException {
        Optional<Path> chromium = chromium();
        Assumptions.assumeTrue(chromium.isPresent(), "Chromium is not installed");
        Path profile = Files.createTempDirectory(dir, "profile");
        List<String> command = new ArrayList<>(List.of(chromium.get().toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--hide-scrollbars", "--disable-dev-shm-usage", "--user-data-dir=" + profile));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
                .directory(dir.toFile());
        pb.redirectOutput(out == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(out.toFile()));
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Chromium did not finish in 120 s: " + command);
        }
        assertEquals(0, p.exitValue(), "Chromium's exit code");
    }

    private static Optional<Path> chromium() {
        Path debian = Path.of("/usr/bin/chromium");
        if (Files.isExecutable(debian)) {
            return Optional.of(debian);
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String d : path.split(java.io.File.pathSeparator)) {
            Path c = Path.of(d, "chromium");
            if (Files.isExecutable(c)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
