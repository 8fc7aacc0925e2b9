package org.nastavnik.examples.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {

    @TempDir
    static Path dir;

    /** The sample with a curator in school s2. */
    private static Path before;
    /** The sample as the demo has it: s2 lost its curator. */
    private static Path after;

    @BeforeAll
    static void writeReports() {
        Path good = Fixtures.write(dir, "good.json", Fixtures.sampleWithCuratorForS2());
        Path bad = Fixtures.write(dir, "bad.json", Fixtures.sample());
        before = Fixtures.write(dir, "before.json",
                Run.of("check", good.toString(), "--as-of", "2022-06-01", "--format", "json").out());
        after = Fixtures.write(dir, "after.json",
                Run.of("check", bad.toString(), "--as-of", "2022-06-01", "--format", "json").out());
    }

    @Test
    void should_show_a_new_warning_and_exit_with_1_when_a_curator_is_missing_now() {
        // when
        Run run = Run.of("diff", before.toString(), after.toString(), "--lang", "en");
        // then
        assertAll(
                () -> assertEquals(Cli.VIOLATIONS, run.exitCode(), run.err()),
                () -> assertTrue(run.out().startsWith("Reports compared\n"), run.out()),
                () -> assertTrue(run.out().contains("\nNew (1)\n====================\ns2\n"), run.out()),
                () -> assertTrue(run.out().contains("  Warning    No curator\n"
                        + "             Organization s2 has no curator on 1 Jun 2022.\n"), run.out()),
                () -> assertTrue(run.out().contains("\nResolved (0)\n"), run.out()),
                () -> assertTrue(run.out().contains("Pair p2 of organization s1 was formed on"), "still open"));
    }

    @Test
    void should_show_the_warning_resolved_and_exit_with_0_the_other_way_round() throws Exception {
        // when
        Run run = Run.of("diff", after.toString(), before.toString(), "--format", "json");
        // then
        JsonNode root = new ObjectMapper().readTree(run.out());
        List<String> resolved = new ArrayList<>();
        root.get("resolved").forEach(f -> resolved.add(f.get("key").asText()));
        assertAll(
                () -> assertEquals(Cli.OK, run.exitCode(), run.err()),
                () -> assertEquals("nastavnik-diff/1", root.get("format").asText()),
                () -> assertEquals(0, root.get("added").size()),
                () -> assertEquals(List.of("CURATOR_MISSING|organization:s2"), resolved),
                () -> assertTrue(root.get("stillOpen").size() >= 1));
    }

    @Test
    void should_name_the_line_and_column_when_a_report_is_malformed() {
        // given
        Path bad = Fixtures.write(dir, "broken.json", "{\n  \"format\": \"nastavnik-report/1\",\n");
        // when
        Run run = Run.of("diff", before.toString(), bad.toString());
        // then
        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertEquals("nastavnik: " + bad + ": line 3, column 1: malformed JSON: Unexpected end-of-input within/between Object "
                + "entries", run.oneLineError());
    }

    @Test
    void should_say_a_snapshot_is_not_a_report() {
        // given
        Path snapshot = Fixtures.write(dir, "snapshot.json", Fixtures.empty());
        // when
        Run run = Run.of("diff", snapshot.toString(), after.toString());
        // then
        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertEquals("nastavnik: " + snapshot + ": not a Nastavnik report (nastavnik-report/1): report JSON lacks "
                + "the field (format)", run.oneLineError());
    }

    @Test
    void should_require_two_reports() {
        // when
        Run run = Run.of("diff", before.toString());
        // then
        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertEquals("nastavnik: Missing required parameter: '<new-report.json>' (see 'nastavnik diff --help')",
                run.oneLineError());
    }

    @Test
    void should_name_a_missing_file() {
        // when
        Run run = Run.of("diff", before.toString(), dir.resolve("nope.json").toString());
        // then
        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertEquals("nastavnik: " + dir.resolve("nope.json") + ": no such file", run.oneLineError());
    }
}
