package org.nastavnik.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.DateRange;
import org.nastavnik.common.Language;
import org.nastavnik.pbt.Gens;
import org.nastavnik.pbt.Pbt;

/** Properties of every deadline and of the parser on arbitrary input. */
class DeadlinePropertiesTest {

    @Test
    void russian_phrase_reads_back_to_an_equal_deadline() {
        Pbt.tries(2500).forAll(DeadlineGenerators.deadlines()).checkAssert(d -> {
            String phrase = d.toPhrase(Language.RU);
            assertEquals(d, DeadlineParser.parse(phrase, DeadlineContext.none()), () -> "«" + phrase + "»");
        });
    }

    @Test
    void every_deadline_renders_in_english() {
        Pbt.tries(600).forAll(DeadlineGenerators.deadlines())
                .checkAssert(d -> assertTrue(!d.toPhrase(Language.EN).isEmpty() || d instanceof Unrecognized));
    }

    @Test
    void occurrences_lie_inside_the_period_sorted_and_distinct() {
        Pbt.tries(1100).forAll(DeadlineGenerators.deadlines(), DeadlineGenerators.periods(),
                DeadlineGenerators.someDates()).checkAssert((d, period, eventDates) -> {
                    List<LocalDate> occurrences = d.occurrences(period, event -> eventDates);
                    for (int i = 0; i < occurrences.size(); i++) {
                        assertTrue(period.contains(occurrences.get(i)), () -> occurrences + " outside " + period);
                        if (i > 0) {
                            assertTrue(occurrences.get(i - 1).isBefore(occurrences.get(i)),
                                    () -> "not sorted: " + occurrences);
                        }
                    }
                    assertTrue(d.isJudged() || occurrences.isEmpty());
                });
    }

    @Test
    void status_judges_each_occurrence_and_consumes_each_completion_once() {
        Pbt.tries(1100).forAll(DeadlineGenerators.deadlines(), DeadlineGenerators.periods(),
                DeadlineGenerators.someDates()).checkAssert(DeadlinePropertiesTest::judgesEachOccurrence);
    }

    private static void judgesEachOccurrence(Deadline d, DateRange period, List<LocalDate> completions) {
        LocalDate asOf = period.startInclusive().plusDays(period.startInclusive().lengthOfYear() / 2);
        DeadlineStatus status = d.status(asOf, period, completions, EventDates.none());
        if (!d.isJudged()) {
            assertEquals(DeadlineStatus.notJudged(), status);
            return;
        }
        List<LocalDate> due = d.occurrences(period);
        assertEquals(due.size(), status.occurrences().size());
        Set<LocalDate> distinctCompletions = new HashSet<>(completions);
        List<LocalDate> consumed = new ArrayList<>();
        for (int i = 0; i < due.size(); i++) {
            DeadlineStatus.Occurrence o = status.occurrences().get(i);
            assertEquals(due.get(i), o.dueDate());
            o.completedOn().ifPresent(c -> {
                assertTrue(distinctCompletions.contains(c));
                assertTrue(!c.isAfter(asOf));
                consumed.add(c);
            });
            switch (o.state()) {
                case DONE -> assertTrue(!o.completedOn().orElseThrow().isAfter(o.dueDate()));
                case DONE_LATE -> assertTrue(o.completedOn().orElseThrow().isAfter(o.dueDate()));
                case OVERDUE -> assertTrue(o.dueDate().isBefore(asOf));
                case DUE_TODAY -> assertEquals(asOf, o.dueDate());
                case UPCOMING -> assertTrue(o.dueDate().isAfter(asOf));
                default -> throw new AssertionError(o);
            }
        }
        for (LocalDate c : new HashSet<>(consumed)) {
            long used = consumed.stream().filter(c::equals).count();
            long given = completions.stream().filter(c::equals).count();
            assertTrue(used <= given, () -> c + " consumed " + used + " times, given " + given);
        }
    }

    @Test
    void parsing_any_string_returns_or_throws_only_the_documented_exception() {
        Pbt.tries(3100).forAll(Gens.anyStrings()).checkAssert(text -> {
            parseSafely(text, DeadlineContext.none());
            parseSafely(text, DeadlineContext.of(DateRange.year(2022)));
        });
    }

    @Test
    void parsing_phrase_like_noise_returns_or_throws_only_the_documented_exception() {
        Pbt.tries(3600).forAll(DeadlineGenerators.phraseLike()).checkAssert(text -> {
            parseSafely(text, DeadlineContext.none());
            parseSafely(text, DeadlineContext.of(DateRange.schoolYear(2021))
                    .withApprovalDate(LocalDate.of(2021, 9, 1)));
        });
    }

    @Test
    void parsing_very_long_input_is_bounded() {
        // a failure here may be a two-second timeout, so shrinking is kept short
        Pbt.tries(25).withShrinkCycles(30).forAll(Gens.anyStrings(1, 50)).checkAssert(unit -> {
            StringBuilder sb = new StringBuilder(1 << 20);
            while (sb.length() < (1 << 20)) {
                sb.append(unit);
            }
            String text = sb.toString();
            assertTimeoutPreemptively(Duration.ofSeconds(2), () -> parseSafely(text, DeadlineContext.none()));
        });
    }

    @Test
    void parsing_the_longest_readable_phrases_is_bounded() {
        List<String> units = List.of("март ", "1.1.", "с 01.01.2020 по ", "ежегодно, ", "в течение ", "2021-",
                "по графику ", "IV квартал ", "«", "до ", "май, ", "раз в ");
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            for (String unit : units) {
                String text = unit.repeat(DeadlineParser.MAX_LENGTH / unit.length());
                parseSafely(text, DeadlineContext.none());
                parseSafely(text, DeadlineContext.of(DateRange.year(2022)));
            }
        });
    }

    private static void parseSafely(String text, DeadlineContext context) {
        Deadline d;
        try {
            d = DeadlineParser.parse(text, context);
        } catch (DeadlineParseException e) {
            assertEquals(text, e.text());
            assertTrue(e.index() >= 0 && e.index() <= text.length(), () -> "index " + e.index());
            return;
        }
        if (d instanceof Unrecognized) {
            Unrecognized u = (Unrecognized) d;
            assertTrue(u.text() == text, "the verbatim text is kept");
            assertTrue(u.index() >= 0 && u.index() <= text.length());
        } else if (text.length() < 2000) {
            // whatever was read renders to a phrase that reads back to itself
            assertEquals(d, DeadlineParser.parse(d.toPhrase(Language.RU)), () -> "«" + text + "» → " + d);
        }
    }
}
