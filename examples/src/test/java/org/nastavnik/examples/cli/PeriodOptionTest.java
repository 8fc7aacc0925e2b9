package org.nastavnik.examples.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nastavnik.examples.demo.Seed;
import org.nastavnik.model.Snapshot;

/** {@code --period <from>..<to>} on {@code import} and {@code check}: the roadmap's period given by the user. */
class PeriodOptionTest {

    @TempDir
    Path dir;

    @Test
    void should_import_a_roadmap_with_the_period_given() throws Exception {
        // given «на 2021-2022 год» with no approval: the reader would infer the period
        Path file = Fixtures.write(dir, "tashtagol.txt", Seed.TASHTAGOL.text());
        // when
        Run inferred = Run.of("import", file.toString(), "--format", "json");
        Run given = Run.of("import", file.toString(), "--format", "json", "--period", "01.09.2021..2022-08-31");
        // then
        JsonNode before = new ObjectMapper().readTree(inferred.out());
        JsonNode after = new ObjectMapper().readTree(given.out());
        assertAll(
                () -> assertEquals(Cli.OK, given.exitCode(), given.err()),
                () -> assertFalse("GIVEN".equals(before.get("roadmap").path("periodBasis").asText()), inferred.out()),
                () -> assertTrue(codes(before).contains("PERIOD_INFERRED"), inferred.out()),
                () -> assertEquals("2021-09-01", after.get("roadmap").get("period").get("startInclusive").asText()),
                () -> assertEquals("2022-08-31", after.get("roadmap").get("period").get("endInclusive").asText()),
                () -> assertEquals("GIVEN", after.get("roadmap").get("periodBasis").asText()),
                () -> assertFalse(codes(after).contains("PERIOD_INFERRED"), given.out()));
    }

    @Test
    void should_say_in_the_text_that_the_period_was_given() {
        // given
        Path file = Fixtures.write(dir, "tashtagol.txt", Seed.TASHTAGOL.text());
        // when
        Run run = Run.of("import", file.toString(), "--period", "2021-09-01..2022-08-31");
        // then
        assertTrue(run.out().contains("Период: 01.09.2021 – 31.08.2022 (задан при импорте)\n"), run.out());
    }

    @Test
    void should_judge_the_roadmap_from_the_period_given_to_check() throws Exception {
        // given the sample municipality around the Tashtagol roadmap, read as running from May 2021
        Path snapshot = Fixtures.write(dir, "tashtagol.json", Fixtures.sample());
        // when
        Run recorded = Run.of("check", snapshot.toString(), "--as-of", "2022-06-01", "--format", "json");
        Run given = Run.of("check", snapshot.toString(), "--as-of", "2022-06-01", "--format", "json",
                "--period", "2021-09-01..2022-12-31");
        // then
        List<JsonNode> before = roadmapFindings(recorded);
        List<JsonNode> after = roadmapFindings(given);
        assertAll(
                () -> assertEquals(Cli.VIOLATIONS, given.exitCode(), given.err()),
                () -> assertTrue(before.stream().anyMatch(f -> due(f).isBefore(LocalDate.of(2021, 9, 1))),
                        "something was due before September 2021 by the recorded period"),
                () -> assertFalse(after.isEmpty(), given.out()),
                () -> assertTrue(after.stream().noneMatch(f -> due(f).isBefore(LocalDate.of(2021, 9, 1))),
                        given.out()),
                () -> assertTrue(after.stream().allMatch(f -> f.get("evidence").get("dutyStart").asText()
                        .compareTo("2021-09-01") >= 0), given.out()));
    }

    @Test
    void should_not_change_the_snapshot_file() {
        // given
        Path snapshot = Fixtures.write(dir, "tashtagol.json", Fixtures.sample());
        String before = Fixtures.read(snapshot);
        // when
        Run.of("check", snapshot.toString(), "--as-of", "2022-06-01", "--period", "2021-09-01..2022-12-31");
        // then
        assertEquals(before, Fixtures.read(snapshot));
    }

    @Test
    void should_list_every_problem_of_a_bad_period() {
        // given
        Path file = Fixtures.write(dir, "tashtagol.txt", Seed.TASHTAGOL.text());
        // when
        Run twoBadDates = Run.of("import", file.toString(), "--period", "2021-13-01..31.02.2022");
        Run backwards = Run.of("import", file.toString(), "--period", "2022-08-31..2021-09-01");
        Run noRange = Run.of("import", file.toString(), "--period", "2021-09-01");
        // then
        assertAll(
                () -> assertEquals(Cli.BAD_INPUT, twoBadDates.exitCode()),
                () -> assertEquals("nastavnik: --period \"2021-13-01..31.02.2022\": the start (2021-13-01) is not a "
                        + "valid date; use yyyy-mm-dd, such as 2021-09-01; the end (31.02.2022) is not a valid date; "
                        + "use yyyy-mm-dd, such as 2021-09-01", twoBadDates.oneLineError()),
                () -> assertEquals("nastavnik: --period \"2022-08-31..2021-09-01\": the end (2021-09-01) is before "
                        + "the start (2022-08-31)", backwards.oneLineError()),
                () -> assertEquals("nastavnik: --period \"2021-09-01\": not a period; use <from>..<to>, such as "
                        + "2021-09-01..2022-08-31", noRange.oneLineError()));
    }

    @Test
    void should_ask_which_roadmap_when_the_snapshot_has_several() {
        // given
        Snapshot sample = Fixtures.sample();
        Snapshot two = Snapshot.builder().from(sample)
                .addRoadmaps(Seed.BELGOROD.read().roadmap()).build();
        Path snapshot = Fixtures.write(dir, "two.json", two);
        String ids = two.roadmaps().get(0).id() + ", " + two.roadmaps().get(1).id();
        // when
        Run unnamed = Run.of("check", snapshot.toString(), "--as-of", "2022-06-01", "--period", "2021-09-01..2022-12-31");
        Run unknown = Run.of("check", snapshot.toString(), "--as-of", "2022-06-01", "--period", "2021-09-01..2022-12-31",
                "--period-roadmap", "nope");
        Run alone = Run.of("check", snapshot.toString(), "--as-of", "2022-06-01", "--period-roadmap", "nope");
        // then
        assertAll(
                () -> assertEquals(Cli.BAD_INPUT, unnamed.exitCode()),
                () -> assertEquals("nastavnik: --period: the snapshot has 2 roadmaps (" + ids
                        + "); name one with --period-roadmap <id>", unnamed.oneLineError()),
                () -> assertEquals("nastavnik: --period-roadmap \"nope\": the snapshot has no such roadmap; its roadmaps: "
                        + ids, unknown.oneLineError()),
                () -> assertEquals("nastavnik: --period-roadmap \"nope\": only used with --period", alone.oneLineError()));
    }

    private static List<String> codes(JsonNode importJson) {
        List<String> codes = new ArrayList<>();
        importJson.get("findings").forEach(f -> codes.add(f.get("code").asText()));
        return codes;
    }

    private static List<JsonNode> roadmapFindings(Run run) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        new ObjectMapper().readTree(run.out()).get("findings").forEach(f -> {
            if (f.get("ruleId").asText().equals("ROADMAP_ACTIVITY_OVERDUE") && f.get("kind").asText().equals("CURRENT")) {
                out.add(f);
            }
        });
        return out;
    }

    private static LocalDate due(JsonNode finding) {
        return LocalDate.parse(finding.get("dueDate").asText());
    }
}
