package org.nastavnik.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nastavnik.common.DateRange;
import org.nastavnik.pbt.Pbt;

/**
 * The phrase families of real roadmaps beyond the seeds (issue 15), each in several Russian
 * wordings: the end of a year or of a half-year of a school year, a day of the month with
 * «ежемесячно» in either order, quarterly with an offset into the following month, «по итогам …»,
 * and ranges of days, also across months; and what stays unread is kept verbatim.
 */
class DeadlineFamiliesTest {

    /** A school year's roadmap: 01.09.2021–31.08.2022. */
    private static final DeadlineContext SCHOOL = DeadlineContext.of(DateRange.schoolYear(2021));
    /** A calendar year's roadmap: 2022. */
    private static final DeadlineContext CALENDAR = DeadlineContext.of(DateRange.year(2022));

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    private static Arguments row(String phrase, DeadlineContext context, Deadline expected) {
        return Arguments.of(phrase, context, expected);
    }

    static Stream<Arguments> families() {
        return Stream.of(
                // the end of a school year and of its half-years
                row("конец учебного года", SCHOOL, InMonth.of(YearMonth.of(2022, 5))),
                row("В конце учебного года", SCHOOL, InMonth.of(YearMonth.of(2022, 5))),
                row("на конец 2021-2022 учебного года", CALENDAR, InMonth.of(YearMonth.of(2022, 5))),
                row("по итогам учебного года", SCHOOL, ByDate.of(d(2022, 5, 31))),
                row("По окончании 2021/2022 учебного года", CALENDAR, ByDate.of(d(2022, 5, 31))),
                row("по итогам 2021-2022 уч. года", CALENDAR, ByDate.of(d(2022, 5, 31))),
                row("по итогам I полугодия", SCHOOL, ByDate.of(d(2021, 12, 31))),
                row("по итогам I полугодия", CALENDAR, ByDate.of(d(2022, 6, 30))),
                row("По итогам первого полугодия учебного года", CALENDAR, ByDate.of(d(2022, 12, 31))),
                row("по итогам II полугодия учебного года", SCHOOL, ByDate.of(d(2022, 5, 31))),
                row("по итогам 1 полугодия 2021-2022 учебного года", CALENDAR, ByDate.of(d(2021, 12, 31))),
                row("по итогам первого полугодия 2022 года", SCHOOL, ByDate.of(d(2022, 6, 30))),
                row("в конце I полугодия", SCHOOL, InMonth.of(YearMonth.of(2021, 12))),
                row("в течение I полугодия учебного года", SCHOOL,
                        MonthRange.of(YearMonth.of(2021, 9), YearMonth.of(2021, 12))),
                row("II полугодие 2021/2022 учебного года", CALENDAR,
                        MonthRange.of(YearMonth.of(2022, 1), YearMonth.of(2022, 5))),
                row("декабрь, май", SCHOOL, InMonths.of(List.of(YearMonth.of(2021, 12), YearMonth.of(2022, 5)))),
                row("Декабрь, май", SCHOOL, InMonths.of(List.of(YearMonth.of(2021, 12), YearMonth.of(2022, 5)))),
                row("ежегодно, в конце учебного года", SCHOOL, Recurring.yearlyIn(Month.MAY)),
                row("Ежегодно по итогам учебного года", SCHOOL, Recurring.yearlyIn(Month.MAY)),
                // a day of the month, «ежемесячно» before or after
                row("ежемесячно до 25 числа", SCHOOL, Recurring.monthlyBy(25)),
                row("Ежемесячно, не позднее 25-го числа", SCHOOL, Recurring.monthlyBy(25)),
                row("до 25 числа ежемесячно", SCHOOL, Recurring.monthlyBy(25)),
                row("до 25-го числа ежемесячно", SCHOOL, Recurring.monthlyBy(25)),
                row("не позднее 25 числа каждого месяца", SCHOOL, Recurring.monthlyBy(25)),
                row("25 числа каждого месяца", SCHOOL, Recurring.monthlyOn(25)),
                row("25-го числа ежемесячно", SCHOOL, Recurring.monthlyOn(25)),
                row("10 числа каждый месяц", SCHOOL, Recurring.monthlyOn(10)),
                row("ежемесячно до 5 числа месяца, следующего за отчетным", SCHOOL, Recurring.monthlyBy(5)),
                row("до 5 числа месяца, следующего за отчётным месяцем", SCHOOL, Recurring.monthlyBy(5)),
                // quarterly, into the following month
                row("ежеквартально до 5 числа месяца, следующего за отчётным кварталом", SCHOOL,
                        Recurring.quarterlyAfterBy(5)),
                row("Ежеквартально, не позднее 10-го числа месяца, следующего за отчетным кварталом", SCHOOL,
                        Recurring.quarterlyAfterBy(10)),
                row("до 5 числа месяца, следующего за отчетным кварталом", SCHOOL, Recurring.quarterlyAfterBy(5)),
                row("до 10 числа месяца, следующего за отчетным периодом, ежеквартально", SCHOOL,
                        Recurring.quarterlyAfterBy(10)),
                row("до 5 числа следующего за отчетным кварталом месяца", SCHOOL, Recurring.quarterlyAfterBy(5)),
                row("ежеквартально до 5 числа", SCHOOL, Recurring.quarterlyAfterBy(5)),
                row("ежеквартально, 15 числа последнего месяца квартала", SCHOOL, Recurring.quarterlyOn(15)),
                // «по итогам …»
                row("по итогам года", SCHOOL, Recurring.yearly()),
                row("ежегодно по итогам года", SCHOOL, Recurring.yearly()),
                row("По итогам полугодия", SCHOOL, Recurring.halfYearly()),
                row("по итогам квартала", SCHOOL, Recurring.quarterly()),
                row("ежеквартально, по итогам квартала", SCHOOL, Recurring.quarterly()),
                row("ежемесячно, по итогам месяца", SCHOOL, Recurring.monthly()),
                row("по итогам 2022 года", SCHOOL, ByDate.of(d(2022, 12, 31))),
                row("по итогам 1 квартала", CALENDAR, ByDate.of(d(2022, 3, 31))),
                row("по итогам III квартала 2022 г.", SCHOOL, ByDate.of(d(2022, 9, 30))),
                row("по итогам третьего квартала 2023 года", SCHOOL, ByDate.of(d(2023, 9, 30))),
                row("до конца 2022 года", SCHOOL, ByDate.of(d(2022, 12, 31))),
                row("в конце года", SCHOOL, Recurring.yearlyIn(Month.DECEMBER)),
                // ranges of days, also across months and years
                row("с 1 по 15 сентября", SCHOOL, DateSpan.of(d(2021, 9, 1), d(2021, 9, 15))),
                row("в период с 1 по 15 сентября 2022 года", SCHOOL, DateSpan.of(d(2022, 9, 1), d(2022, 9, 15))),
                row("1-15 сентября 2021 г.", CALENDAR, DateSpan.of(d(2021, 9, 1), d(2021, 9, 15))),
                row("с 1 по 15.09.2021", CALENDAR, DateSpan.of(d(2021, 9, 1), d(2021, 9, 15))),
                row("с 25.08 по 05.09.2021", CALENDAR, DateSpan.of(d(2021, 8, 25), d(2021, 9, 5))),
                row("с 25 августа по 5 сентября 2022 года", SCHOOL, DateSpan.of(d(2022, 8, 25), d(2022, 9, 5))),
                row("с 28 декабря по 10 января", SCHOOL, DateSpan.of(d(2021, 12, 28), d(2022, 1, 10))),
                row("с 28.12.2021 по 10.01.2022", CALENDAR, DateSpan.of(d(2021, 12, 28), d(2022, 1, 10))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void readsTheFamily(String phrase, DeadlineContext context, Deadline expected) {
        Deadline read = DeadlineParser.parse(phrase, context);
        assertEquals(expected, read, phrase);
        // the canonical phrase reads back to the same deadline (the JSON form relies on it)
        assertEquals(expected, DeadlineParser.parse(read.toPhrase(org.nastavnik.common.Language.RU), context),
                read.toPhrase(org.nastavnik.common.Language.RU));
    }

    @Test
    void aQuarterlyReportIsDueInTheMonthAfterEachQuarter() {
        Deadline d = DeadlineParser.parse("до 5 числа месяца, следующего за отчётным кварталом", SCHOOL);
        assertEquals(List.of(d(2021, 10, 5), d(2022, 1, 5), d(2022, 4, 5), d(2022, 7, 5)),
                d.occurrences(DateRange.schoolYear(2021), EventDates.none()));
    }

    @Test
    void impossibleRangesOfDaysAreErrors() {
        assertThrows(DeadlineParseException.class, () -> DeadlineParser.parse("с 15 по 1 сентября", SCHOOL));
        assertThrows(DeadlineParseException.class, () -> DeadlineParser.parse("1-32 сентября 2021", SCHOOL));
        assertThrows(DeadlineParseException.class, () -> DeadlineParser.parse("по итогам 5 квартала", SCHOOL));
        assertThrows(DeadlineParseException.class,
                () -> DeadlineParser.parse("ежеквартально до 40 числа месяца, следующего за кварталом", SCHOOL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unread")
    void whatStaysUnreadIsKeptVerbatim(String phrase) {
        Unrecognized u = assertInstanceOf(Unrecognized.class, DeadlineParser.parse(phrase, SCHOOL));
        assertEquals(phrase, u.text());
    }

    static Stream<String> unread() {
        return Stream.of("по итогам смены", "в конце учебной четверти", "ежемесячно до 25 числа, кроме июля",
                "с 1 по 15 числа", "декабрь, май, ежегодно");
    }

    @Test
    void aDayOfTheMonthInEitherOrderIsTheSameDuty() {
        List<String> by = List.of("ежемесячно до %d числа", "до %d числа ежемесячно", "до %d-го числа каждого месяца",
                "ежемесячно, не позднее %d-го числа", "не позднее %d числа каждого месяца");
        List<String> on = List.of("ежемесячно %d числа", "%d числа каждого месяца", "%d-го числа ежемесячно",
                "Ежемесячно %d числа каждого месяца");
        Pbt.tries(300).forAll(integers().between(1, 31), integers().between(0, 4)).checkAssert((day, i) -> {
            assertEquals(Recurring.monthlyBy(day), DeadlineParser.parse(String.format(by.get(i), day), SCHOOL));
            assertEquals(Recurring.monthlyOn(day),
                    DeadlineParser.parse(String.format(on.get(i % on.size()), day), SCHOOL));
        });
    }

    @Test
    void aQuarterlyOffsetInAnyWordingIsTheSameDuty() {
        List<String> wordings = List.of("ежеквартально до %d числа месяца, следующего за отчётным кварталом",
                "ежеквартально, не позднее %d-го числа месяца, следующего за отчетным кварталом",
                "до %d числа месяца, следующего за отчетным кварталом",
                "не позднее %d числа месяца, следующего за отчетным периодом, ежеквартально",
                "в срок до %d числа следующего за отчётным кварталом месяца");
        Pbt.tries(300).forAll(integers().between(1, 31), integers().between(0, wordings.size() - 1))
                .checkAssert((day, i) -> {
                    Deadline d = DeadlineParser.parse(String.format(wordings.get(i), day), SCHOOL);
                    assertEquals(Recurring.quarterlyAfterBy(day), d);
                    // each due day falls in the month after a quarter
                    for (LocalDate due : d.occurrences(DateRange.schoolYear(2021), EventDates.none())) {
                        assertEquals(1, due.getMonthValue() % 3, due.toString());
                    }
                });
    }

    @Test
    void aRangeOfDaysIsTheSpanWrittenInAnyWording() {
        List<String> wordings = List.of("с %d по %d %s %d года", "%d-%d %s %d г.", "в период с %d по %d %s %d года",
                "с %d-го по %d %s %d");
        String[] genitive = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
            "октября", "ноября", "декабря"};
        Pbt.tries(500).forAll(integers().between(1, 12), integers().between(1, 27), integers().between(1, 27),
                integers().between(0, wordings.size() - 1)).checkAssert((month, a, len, i) -> {
                    int year = 2022;
                    int last = Math.min(a + len, YearMonth.of(year, month).lengthOfMonth());
                    String phrase = String.format(wordings.get(i), a, last, genitive[month - 1], year);
                    assertEquals(DateSpan.of(d(year, month, a), d(year, month, last)),
                            DeadlineParser.parse(phrase, CALENDAR), phrase);
                });
    }

    @Test
    void theResultsOfAQuarterAreDueOnItsLastDay() {
        String[] roman = {"I", "II", "III", "IV"};
        Pbt.tries(300).forAll(integers().between(1, 4), integers().between(2020, 2030), integers().between(0, 2))
                .checkAssert((q, year, form) -> {
                    String n = form == 0 ? roman[q - 1] : form == 1 ? q.toString() : q + "-го";
                    Deadline d = DeadlineParser.parse("по итогам " + n + " квартала " + year + " года", CALENDAR);
                    LocalDate end = YearMonth.of(year, q * 3).atEndOfMonth();
                    assertEquals(ByDate.of(end), d);
                });
    }
}
