package org.nastavnik.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * The demo's HTML page in a real headless Chromium (the Debian package): the page's own script
 * clicks the severity filters when opened with {@code #test-only=<SEVERITY>}, and the DOM the
 * browser dumps tells what stayed visible. Skipped, with the reason, where Chromium is missing.
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
        String dom = dumpDom("#test-only=WARNING");
        // then
        assertEquals("visible=" + warnings + ";counter=" + warnings + ";severities=" + (warnings > 0 ? "WARNING" : ""),
                testResult(dom));
    }

    @Test
    void should_show_only_violations_when_the_other_severity_filters_are_clicked_off() throws Exception {
        // given
        long violations = report.allFindings().stream().filter(f -> f.severity() == Severity.VIOLATION).count();
        // when
        String dom = dumpDom("#test-only=VIOLATION");
        // then
        assertEquals("visible=" + violations + ";counter=" + violations + ";severities="
                + (violations > 0 ? "VIOLATION" : ""), testResult(dom));
        assertEquals(violations == 0, dom.contains("<p id=\"no-rows\">"), "the empty-result note shows when nothing does");
    }

    @Test
    void should_draw_the_roadmap_timeline_with_overdue_and_done_activities() throws Exception {
        // when
        String dom = dumpDom("");
        // then: activity 1.1 was done on time (28.05.2021), 1.2 was not done by September 2021
        assertTrue(dom.contains("<div class=\"trow state-DONE\"><div class=\"tlabel\""), "a done activity");
        assertTrue(Pattern.compile("state-OVERDUE\"><div class=\"tlabel\" title=\"[^\"]*\"><b>1\\.2</b>").matcher(dom).find(),
                "activity 1.2 overdue");
        assertTrue(dom.contains("<span class=\"m OVERDUE\""), "an overdue marker");
    }

    private static String testResult(String dom) {
        Matcher m = Pattern.compile("data-test-result=\"([^\"]*)\"").matcher(dom);
        assertTrue(m.find(), "the page's test script did not run:\n" + dom.substring(0, Math.min(dom.length(), 500)));
        return m.group(1);
    }

    private static String dumpDom(String fragment) throws IOException, InterruptedException {
        Optional<Path> chromium = chromium();
        Assumptions.assumeTrue(chromium.isPresent(), "Chromium is not installed (/usr/bin/chromium or chromium on the "
                + "PATH); install the Debian package chromium to run this test");
        Path profile = Files.createTempDirectory(dir, "profile");
        Path out = dir.resolve("dom-" + System.nanoTime() + ".html");
        List<String> command = List.of(chromium.get().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--dump-dom", page.toUri() + fragment);
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Chromium did not finish in 120 s: " + command);
        }
        assertEquals(0, p.exitValue(), "Chromium's exit code");
        return Files.readString(out, StandardCharsets.UTF_8);
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
