package org.nastavnik.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nastavnik.common.DateRange;
import org.nastavnik.deadline.EventDates;
import org.nastavnik.duty.Duty;
import org.nastavnik.duty.DutyStart;
import org.nastavnik.duty.DutyStatus;
import org.nastavnik.duty.JudgedOccurrence;
import org.nastavnik.model.Activity;
import org.nastavnik.model.Roadmap;

/**
 * The expected occurrences of the seeds' duties, written down as a table reviewed against the
 * documents row by row ({@code /duty/seed-occurrences.tsv}: seed, row, the deadline cell as
 * written, the day of judgement, the completions, the due days with their states, and why).
 * Each roadmap is imported as a user would import it; each duty starts as the roadmap rules start
 * it (the latest of the period's start and the approval), ends with the period, has no grace
 * days and lists every occurrence to the period's end.
 */
class SeedOccurrencesTableTest {

    private static final String TABLE = "/duty/seed-occurrences.tsv";
    private static final Map<String, String[]> SEEDS = Map.of(
            "000", new String[] {Seeds.SEED_000, "61", "город Донецк"},
            "001", new String[] {Seeds.SEED_001, "42", "Таштагольский муниципальный район"},
            "002", new String[] {Seeds.SEED_002, "62", "Сасовский муниципальный район"},
            "003", new String[] {Seeds.SEED_003, "31", "город Белгород"},
            "004", new String[] {Seeds.SEED_004, "23", "город Сочи"});
    private static final Map<String, Roadmap> ROADMAPS = new HashMap<>();

    private static Roadmap roadmap(String seed) {
        return ROADMAPS.computeIfAbsent(seed, s -> {
            String[] a = SEEDS.get(s);
            if (a == null) {
                throw new AssertionError("no seed " + s + " (known: " + SEEDS.keySet() + ")");
            }
            return Seeds.read(a[0], a[1], a[2]).roadmap();
        });
    }

    static List<String[]> rows() {
        try (InputStream in = SeedOccurrencesTableTest.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException(TABLE + " is not on the test class path");
            }
            List<String[]> rows = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].stripTrailing();
                if (line.isEmpty() || line.startsWith("#") || line.startsWith("seed\t")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 7) {
                    throw new IllegalStateException(TABLE + " line " + (i + 1) + " has " + cells.length
                            + " cells, not 7: " + line);
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> table() {
        return rows().stream().map(r -> Arguments.of(r[0], r[1], r[2], r[3], r[4], r[5], r[6]));
    }

    /** The due days and states, as the table writes them. */
    static String judge(Roadmap roadmap, Activity a, LocalDate asOf, List<LocalDate> completions) {
        Optional<String> notJudged = Duty.notJudged(a.deadline()).map(Enum::name);
        if (notJudged.isPresent()) {
            return "not judged: " + notJudged.get();
        }
        DutyStart start = DutyStart.latest(roadmap.period().map(DateRange::startInclusive), roadmap.approval().date(),
                Optional.empty()).orElseThrow();
        Duty duty = Duty.of(a.deadline(), start);
        LocalDate end = roadmap.period().orElseThrow().endInclusive();
        duty = duty.until(end);
        DutyStatus s = duty.judge(asOf, end.isBefore(asOf) ? asOf : end, completions, EventDates.none());
        List<String> parts = new ArrayList<>();
        s.notOwed().ifPresent(n -> parts.add(n.dueOn() + " not owed"));
        for (JudgedOccurrence o : s.occurrences()) {
            parts.add(o.dueOn() + " " + switch (o.state()) {
                case DONE -> "done";
                case DONE_LATE -> "late " + o.days();
                case OVERDUE -> "overdue " + o.days();
                case DUE_TODAY -> "due today";
                case UPCOMING -> "upcoming";
            });
        }
        return parts.isEmpty() ? "none" : String.join("; ", parts);
    }

    @ParameterizedTest(name = "{0} {1} «{2}» as of {3}")
    @MethodSource("table")
    void theSeedDutyFallsDueAsTheDocumentSays(String seed, String row, String phrase, String asOf, String completions,
            String expected, String why) {
        Roadmap roadmap = roadmap(seed);
        Activity a = Seeds.activity(roadmap, row);
        assertEquals(phrase, a.deadlineText(), "the deadline cell of " + seed + " " + row);
        List<LocalDate> done = completions.isBlank() ? List.of()
                : Stream.of(completions.split(",")).map(String::strip).map(LocalDate::parse).toList();
        assertEquals(expected, judge(roadmap, a, LocalDate.parse(asOf), done), why);
    }

    @Test
    void everyDeadlineCellOfTheSeedsIsInTheTable() {
        List<String[]> rows = rows();
        for (String seed : SEEDS.keySet()) {
            for (Activity a : roadmap(seed).activities()) {
                if (a.deadlineText().isEmpty()) {
                    continue;
                }
                assertTrue(rows.stream().anyMatch(r -> r[0].equals(seed) && r[1].equals(a.number())),
                        "seed " + seed + " row " + a.number() + " «" + a.deadlineText() + "» is not in " + TABLE);
            }
        }
    }
}
