package org.nastavnik.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 24 («accepted means bounded») at the command line: one line, a distinct exit code, bounded dates. */
class Issue24CliTest {

    @TempDir
    Path dir;

    @Test
    void case1_a_snapshot_with_a_form_adopted_in_year_minus_999999999_is_one_line_and_exit_2() {
        String json = org.nastavnik.json.JsonDocument.SNAPSHOT.write(Fixtures.sample())
                .replaceFirst("\"adoptedOn\": \"[0-9-]+\"", "\"adoptedOn\": \"-999999999-01-01\"");
        Path file = Fixtures.write(dir, "snap.json", json);
        Run run = Run.of("check", file.toString(), "--as-of", "2022-10-01");
        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertTrue(run.oneLineError().contains("adoptedOn (-999999999-01-01): must be from 1900-01-01 to 2200-12-31"),
                run.err());
    }

    @Test
    void case5_a_deadline_context_across_the_billion_years_is_refused_at_once() {
        Run run = Run.of("deadline", "еженедельно", "--context", "-999999999-01-01..+999999999-12-31");
        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertEquals("nastavnik: --context \"-999999999-01-01..+999999999-12-31\": the start (-999999999-01-01) "
                + "must be from 1900-01-01 to 2200-12-31; the end (+999999999-12-31) must be from 1900-01-01 to 2200-12-31",
                run.oneLineError());
    }

    @Test
    void case5_a_weekly_deadline_over_three_centuries_lists_at_most_the_limit() {
        Run run = Run.of("deadline", "еженедельно", "--context", "1900-01-01..2200-12-31");
        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertTrue(run.oneLineError().contains("more than the 10000 listed at most"), run.err());
    }

    @Test
    void case10_a_line_break_in_as_of_region_or_a_phrase_gives_one_line() {
        Path file = Fixtures.write(dir, "snap.json", Fixtures.sample());
        for (String[] args : List.of(
                new String[] {"check", file.toString(), "--as-of", "2022-10-01\n2022-10-02"},
                new String[] {"check", file.toString(), "--as-of", "2022-10-01", "--region", "31\nrm -rf"},
                new String[] {"deadline", "до\n31.02.2022", "--context", "2022-01-01..2022-12-31"},
                new String[] {"deadline", "еженедельно", "--context", "2022-01-01..2022-12-31\nx"})) {
            Run run = Run.of(args);
            assertEquals(Cli.BAD_INPUT, run.exitCode(), run.err());
            assertTrue(run.oneLineError().startsWith("nastavnik: "), run.err());
        }
    }

    @Test
    void case10_year_0_is_refused_as_a_date_of_check() {
        Path file = Fixtures.write(dir, "snap.json", Fixtures.sample());
        Run run = Run.of("check", file.toString(), "--as-of", "0000-01-01");
        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertEquals("nastavnik: --as-of \"0000-01-01\": must be from 1900-01-01 to 2200-12-31", run.oneLineError());
    }

    @Test
    void an_error_of_the_program_is_one_line_and_exit_3_with_a_trace_only_with_debug() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.failed(new OutOfMemoryError("Java heap space"), false,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Cli.FAILED, code);
        assertEquals(1, err.toString(StandardCharsets.UTF_8).lines().count());
        ByteArrayOutputStream debug = new ByteArrayOutputStream();
        Cli.failed(new IllegalStateException("broken\nhere"), true, new PrintStream(debug, true, StandardCharsets.UTF_8));
        assertTrue(debug.toString(StandardCharsets.UTF_8).lines().count() > 1);
        assertTrue(debug.toString(StandardCharsets.UTF_8).startsWith("nastavnik: internal error: IllegalStateException: "
                + "broken; here"));
    }
}
