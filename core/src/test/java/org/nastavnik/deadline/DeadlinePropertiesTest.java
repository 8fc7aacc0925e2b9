package org.nastavnik.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.nastavnik.common.DateRange;
import org.nastavnik.common.Language;

/** Properties of every deadline and of the parser on arbitrary input. */
class DeadlinePropertiesTest {

    private static final String LETTERS = "абвгдежзийклмнопрстуфхцчшщыэюяАБВГДЕЖЗИКЛМНОПРСТУФЭЮЯ";

    // ------------------------------------------------------------------ arbitraries

    @Provide
    Arbitrary<Deadline> deadlines() {
        return Arbitraries.oneOf(List.of(
                dates().map(OnDate::of),
                dates().map(ByDate::of),
                yearMonths().map(InMonth::of),
                yearMonths().list().ofMinSize(2).ofMaxSize(6).uniqueElements().map(InMonths::of),
                Combinators.combine(yearMonths(), Arbitraries.integers().between(1, 30))
                        .as((m, n) -> MonthRange.of(m, m.plusMonths(n))),
                Combinators.combine(years(), Arbitraries.integers().between(1, 4)).as(InQuarter::of),
                Combinators.combine(years(), Arbitraries.integers().between(1, 2)).as(InHalfYear::of),
                years().map(InYear::of),
                years().map(InSchoolYear::of),
                Combinators.combine(years(), Arbitraries.integers().between(1, 6)).as((y, n) -> YearRange.of(y, y + n)),
                Combinators.combine(dates(), Arbitraries.integers().between(1, 1000))
                        .as((d, n) -> DateSpan.of(d, d.plusDays(n))),
                recurrings(),
                Combinators.combine(dates(), recurrings()).as(FirstThenRecurring::of),
                Combinators.combine(Arbitraries.integers().between(1, 400), Arbitraries.of(Relative.Unit.class),
                        events()).as(Relative::of),
                Arbitraries.oneOf(List.of(Arbitraries.just(Continuous.always()),
                        freeText().map(Continuous::wholePeriod))),
                schedules().map(d -> (Deadline) d),
                Arbitraries.just(AsNeeded.of()),
                unrecognized()));
    }

    private static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 366 * 110).map(i -> LocalDate.of(1990, 1, 1).plusDays(i));
    }

    private static Arbitrary<Integer> years() {
        return Arbitraries.integers().between(1990, 2100);
    }

    private static Arbitrary<YearMonth> yearMonths() {
        return Combinators.combine(years(), Arbitraries.integers().between(1, 12)).as(YearMonth::of);
    }

    private static Arbitrary<String> freeText() {
        return Arbitraries.oneOf(List.of(
                Arbitraries.of("", "реализации ЦМН", "ГБОУ ИРО", "ОО", "МКУ СЦРО", "ОГАОУ ДПО «БелИРО»",
                        "реализации программ наставничества в ОО", "учебного года", "мая 2022 года"),
                Arbitraries.strings().withChars(LETTERS + " \u00a0\n«»-.,").ofMaxLength(40)));
    }

    private static Arbitrary<EventRef> events() {
        return Arbitraries.oneOf(List.of(
                Arbitraries.of(NamedEvent.class).map(EventRef::of),
                Arbitraries.of("получения запроса от ОО", "публикации результатов мониторинга", "окончания четверти")
                        .map(EventRef::of),
                Arbitraries.strings().withChars(LETTERS + " ").ofMinLength(1).ofMaxLength(30)
                        .filter(s -> !s.isBlank()).map(EventRef::of)));
    }

    private static Arbitrary<BySchedule> schedules() {
        return Combinators.combine(Arbitraries.of(BySchedule.Kind.class), freeText()).as(BySchedule::of);
    }

    private static Arbitrary<Recurring> recurrings() {
        Arbitrary<MonthDay> days = dates().map(MonthDay::from);
        Arbitrary<Recurring> plain = Arbitraries.oneOf(List.of(
                Arbitraries.of(Recurring.Frequency.class).map(Recurring::of),
                Arbitraries.of(DayOfWeek.class).map(Recurring::weeklyOn),
                Arbitraries.integers().between(1, 31).map(Recurring::monthlyOn),
                Arbitraries.integers().between(1, 31).map(Recurring::monthlyBy),
                Arbitraries.of(Month.class).map(Recurring::yearlyIn),
                days.map(Recurring::yearlyOn),
                days.map(Recurring::yearlyBy)));
        return Combinators.combine(plain, schedules(), Arbitraries.of(true, false))
                .as((r, s, with) -> with ? r.withSchedule(s) : r);
    }

    private static Arbitrary<Deadline> unrecognized() {
        return Arbitraries.strings().withChars(LETTERS + " .,-!?").ofMaxLength(30)
                .map(DeadlineParser::parse)
                .filter(d -> d instanceof Unrecognized);
    }

    @Provide
    Arbitrary<DateRange> periods() {
        return Combinators.combine(dates(), Arbitraries.integers().between(0, 366 * 4))
                .as((d, n) -> DateRange.of(d, d.plusDays(n)));
    }

    @Provide
    Arbitrary<List<LocalDate>> someDates() {
        return dates().list().ofMaxSize(12);
    }

    /** Phrase-like noise: real words, numbers and separators in random order. */
    @Provide
    Arbitrary<String> phraseLike() {
        Arbitrary<String> pieces = Arbitraries.oneOf(List.of(
                Arbitraries.of("до", "в", "срок", "течение", "всего", "периода", "с", "по", "на", "не", "позднее",
                        "ежегодно", "ежемесячно", "ежеквартально", "еженедельно", "раз", "полугодие", "числа",
                        "каждого", "месяца", "квартал", "IV", "V", "учебный", "год", "года", "гг", "г", "марта",
                        "Март", "май", "декабря", "недель", "дней", "рабочих", "двух", "даты", "определения",
                        "модели", "графику", "плану", "соответствии", "постоянно", "мере", "необходимости", "далее",
                        "по понедельникам", "уч"),
                Arbitraries.integers().between(0, 40).map(String::valueOf),
                Arbitraries.integers().between(1990, 2030).map(String::valueOf),
                Arbitraries.of(".", ",", "-", "–", "/", ";", "\u00a0", "\n", "«", "»", " ", "  ")));
        return pieces.list().ofMaxSize(12).map(l -> String.join(" ", l));
    }

    // ------------------------------------------------------------------ properties

    @Property(tries = 2000)
    void russian_phrase_reads_back_to_an_equal_deadline(@ForAll("deadlines") Deadline d) {
        String phrase = d.toPhrase(Language.RU);
        assertEquals(d, DeadlineParser.parse(phrase, DeadlineContext.none()), () -> "«" + phrase + "»");
    }

    @Property(tries = 500)
    void every_deadline_renders_in_english(@ForAll("deadlines") Deadline d) {
        assertTrue(!d.toPhrase(Language.EN).isEmpty() || d instanceof Unrecognized);
    }

    @Property(tries = 1000)
    void occurrences_lie_inside_the_period_sorted_and_distinct(@ForAll("deadlines") Deadline d,
            @ForAll("periods") DateRange period, @ForAll("someDates") List<LocalDate> eventDates) {
        List<LocalDate> occurrences = d.occurrences(period, event -> eventDates);
        for (int i = 0; i < occurrences.size(); i++) {
            assertTrue(period.contains(occurrences.get(i)), () -> occurrences + " outside " + period);
            if (i > 0) {
                assertTrue(occurrences.get(i - 1).isBefore(occurrences.get(i)), () -> "not sorted: " + occurrences);
            }
        }
        assertTrue(d.isJudged() || occurrences.isEmpty());
    }

    @Property(tries = 1000)
    void status_judges_each_occurrence_and_consumes_each_completion_once(@ForAll("deadlines") Deadline d,
            @ForAll("periods") DateRange period, @ForAll("someDates") List<LocalDate> completions) {
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

    @Property(tries = 3000)
    void parsing_any_string_returns_or_throws_only_the_documented_exception(@ForAll String text) {
        parseSafely(text, DeadlineContext.none());
        parseSafely(text, DeadlineContext.of(DateRange.year(2022)));
    }

    @Property(tries = 3000)
    void parsing_phrase_like_noise_returns_or_throws_only_the_documented_exception(
            @ForAll("phraseLike") String text) {
        parseSafely(text, DeadlineContext.none());
        parseSafely(text, DeadlineContext.of(DateRange.schoolYear(2021)).withApprovalDate(LocalDate.of(2021, 9, 1)));
    }

    @Property(tries = 20)
    void parsing_very_long_input_is_bounded(@ForAll @StringLength(min = 1, max = 50) String unit) {
        StringBuilder sb = new StringBuilder(1 << 20);
        while (sb.length() < (1 << 20)) {
            sb.append(unit);
        }
        String text = sb.toString();
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> parseSafely(text, DeadlineContext.none()));
    }

    @Example
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
