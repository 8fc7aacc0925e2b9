package org.nastavnik.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nastavnik.rules.ComplianceReport;
import org.nastavnik.rules.json.ReportJson;

/**
 * Issue 19's done-when: the example region pack, built from nastavnik-pack-parent in a separate
 * directory OFFLINE ({@code examples/region-pack-example/build-offline.sh}: a private local
 * repository with the project's artifacts, the shared one as a read-only tail), is loaded by
 * {@code check --pack}, its rule runs on the demo snapshot, and {@code plan} shows its effect there.
 */
class OfflinePackBuildTest {

    @TempDir
    Path work;

    @Test
    void should_build_the_example_pack_offline_from_the_pack_parent_and_check_with_it() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Path script = root.resolve("examples/region-pack-example/build-offline.sh");
        assumeTrue(!System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("win"), "needs bash");
        assumeTrue(Files.isRegularFile(root.resolve("rules/target/nastavnik-rules-0.1.0-SNAPSHOT.jar")),
                "run in the reactor, after rules is packaged");
        // when
        Process p = new ProcessBuilder("bash", script.toString(), work.toString()).redirectErrorStream(true)
                .redirectOutput(work.resolve("build.log").toFile()).start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the offline pack build took over 10 minutes");
        String log = Files.readString(work.resolve("build.log"), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), log);
        List<String> lines = log.lines().toList();
        Path jar = Path.of(lines.get(lines.size() - 1));
        assertTrue(Files.isRegularFile(jar), log);
        Path snapshot = Fixtures.write(work, "demo.json", Fixtures.sample());
        Run run = Run.of("check", snapshot.toString(), "--as-of", "2022-06-01", "--region", "66", "--pack",
                jar.toString(), "--force-region", "--format", "json");
        // then
        ComplianceReport report = ReportJson.read(run.out());
        assertTrue(report.ruleSetVersion().contains("+r66-sverdlovsk-example@0.1.0-SNAPSHOT"), run.err());
        assertTrue(report.rulesEvaluated().contains("R66_PAIRS_ORDER_LATE"), report.rulesEvaluated().toString());
        assertTrue(!report.findings("R66_PAIRS_ORDER_LATE").isEmpty(), "the demo's pairs have no pairs order: "
                + report.findings().size() + " findings" + File.separator);
        // and plan previews the pack's effect on the demo snapshot: its findings are added, none removed
        Run plan = Run.of("plan", snapshot.toString(), "--as-of", "2022-06-01", "--region", "66", "--pack",
                jar.toString(), "--force-region", "--format", "json");
        com.fasterxml.jackson.databind.JsonNode preview = new com.fasterxml.jackson.databind.ObjectMapper().readTree(plan.out());
        long expected = report.findings("R66_PAIRS_ORDER_LATE").size()
                + report.upcoming().stream().filter(f -> f.ruleId().equals("R66_PAIRS_ORDER_LATE")).count();
        assertEquals(expected, preview.get("added").size(), plan.out());
        preview.get("added").forEach(n -> assertEquals("R66_PAIRS_ORDER_LATE", n.get("ruleId").asText()));
        assertEquals(0, preview.get("removed").size(), plan.out());
    }
}
