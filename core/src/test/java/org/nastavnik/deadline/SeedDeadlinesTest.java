package org.nastavnik.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nastavnik.common.DateRange;
import org.nastavnik.common.Language;

/**
 * Every deadline cell of the five seed orders, and the dated phrases in the orders' own text:
 * one row per real phrase, with the expected deadline and its occurrences within the seed's period.
 */
class SeedDeadlinesTest {

    // seed 000: Донецк, приказ от 22.09.2020 № 324
    private static final DateRange P000 = DateRange.of(LocalDate.of(2020, 9, 22), LocalDate.of(2021, 12, 31));
    private static final DeadlineContext C000 = DeadlineContext.of(P000).withApprovalDate(LocalDate.of(2020, 9, 22));
    // seed 001: Таштагольский район, дорожная карта «на 2021-2022 год»
    private static final DateRange P001 = DateRange.of(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31));
    private static final DeadlineContext C001 = DeadlineContext.of(P001);
    // seed 002: Сасовский район, рекомендации, утверждены 15.05.2020
    private static final DateRange P002 = DateRange.year(2020);
    private static final DeadlineContext C002 = DeadlineContext.of(P002).withApprovalDate(LocalDate.of(2020, 5, 15));
    // seed 003: Белгород, приказ от 03.03.2022 № 325 (appendix: № 825)
    private static final DateRange P003 = DateRange.year(2022);
    private static final DeadlineContext C003 = DeadlineContext.of(P003).withApprovalDate(LocalDate.of(2022, 3, 3));
    // seed 004: Сочи, приказ от 06.03.2023 № 60, «на 2023-2024 годы»
    private static final DateRange P004 = DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31));
    private static final DeadlineContext C004 = DeadlineContext.of(P004).withApprovalDate(LocalDate.of(2023, 3, 6));

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    private static Arguments row(String where, String phrase, DeadlineContext context, DateRange period,
            Deadline expected, List<LocalDate> occurrences) {
        return Arguments.of(where, phrase, context, period, expected, occurrences);
    }

    static Stream<Arguments> seedCells() {
        Deadline always = Continuous.always();
        Deadline wholePeriodCmn = Continuous.wholePeriod("реализации ЦМН");
        Deadline wholePeriod = Continuous.wholePeriod("");
        Deadline byIro = BySchedule.of(BySchedule.Kind.SCHEDULE, "ГБОУ ИРО");
        Deadline yearlyPlan = Recurring.yearly().withSchedule(BySchedule.of(BySchedule.Kind.PLAN, "МКУ СЦРО"));
        Deadline yearlyByOct = Recurring.yearlyBy(MonthDay.of(10, 1));
        List<LocalDate> none = List.of();
        List<LocalDate> yearEnds2324 = List.of(d(2023, 12, 31), d(2024, 12, 31));
        return Stream.of(
                // ------------------------------------------------------------ seed 000
                row("000 #1", "08.10.2020", C000, P000, OnDate.of(d(2020, 10, 8)), List.of(d(2020, 10, 8))),
                row("000 #2", "08.10.2020", C000, P000, OnDate.of(d(2020, 10, 8)), List.of(d(2020, 10, 8))),
                row("000 #3", "02.11.2020", C000, P000, OnDate.of(d(2020, 11, 2)), List.of(d(2020, 11, 2))),
                row("000 #4", "Постоянно", C000, P000, always, none),
                row("000 #5", "01.12.2020", C000, P000, OnDate.of(d(2020, 12, 1)), List.of(d(2020, 12, 1))),
                row("000 #6", "до 1 января 2021 года", C000, P000, ByDate.of(d(2021, 1, 1)), List.of(d(2021, 1, 1))),
                row("000 #7", "на 15.12.2020, ежеквартально", C000, P000,
                        FirstThenRecurring.of(d(2020, 12, 15), Recurring.quarterly()),
                        List.of(d(2020, 12, 15), d(2021, 3, 31), d(2021, 6, 30), d(2021, 9, 30),
                                d(2021, 12, 31))),
                row("000 #8", "постоянно", C000, P000, always, none),
                row("000 #9", "по отдельному графику", C000, P000,
                        BySchedule.of(BySchedule.Kind.SEPARATE_SCHEDULE, ""), none),
                row("000 #10", "постоянно", C000, P000, always, none),
                // ------------------------------------------------------------ seed 001
                row("001 1.1", "Май 2021 г.", C001, P001, InMonth.of(YearMonth.of(2021, 5)), List.of(d(2021, 5, 31))),
                row("001 1.2", "Сентябрь 2021 г.", C001, P001, InMonth.of(YearMonth.of(2021, 9)),
                        List.of(d(2021, 9, 30))),
                row("001 1.3", "Сентябрь 2021 г.", C001, P001, InMonth.of(YearMonth.of(2021, 9)),
                        List.of(d(2021, 9, 30))),
                row("001 2.1", "Октябрь 2021 г.", C001, P001, InMonth.of(YearMonth.of(2021, 10)),
                        List.of(d(2021, 10, 31))),
                row("001 3.1", "В течение всего периода реализации ЦМН", C001, P001, wholePeriodCmn, none),
                row("001 3.2", "В течение всего периода\n\nреализации ЦМН", C001, P001, wholePeriodCmn, none),
                row("001 3.3", "В течение двух недель с даты определения модели", C001, P001,
                        Relative.of(2, Relative.Unit.WEEKS, NamedEvent.FORM_ADOPTION), none),
                row("001 3.4", "В соответствии со сроками реализации программ наставничества в ОО", C001, P001,
                        BySchedule.of(BySchedule.Kind.TIME_LIMITS, "реализации программ наставничества в ОО"), none),
                row("001 4.1", "ежеквартально", C001, P001, Recurring.quarterly(),
                        List.of(d(2021, 3, 31), d(2021, 6, 30), d(2021, 9, 30), d(2021, 12, 31),
                                d(2022, 3, 31), d(2022, 6, 30), d(2022, 9, 30), d(2022, 12, 31))),
                row("001 4.2", "Ежемесячно 25 числа каждого месяца", C001, P001, Recurring.monthlyOn(25),
                        Stream.iterate(d(2021, 1, 25), x -> x.plusMonths(1)).limit(24).toList()),
                row("001 4.3", "Май 2022 г.", C001, P001, InMonth.of(YearMonth.of(2022, 5)), List.of(d(2022, 5, 31))),
                row("001 5.1.1", "В течение всего периода", C001, P001, wholePeriod, none),
                row("001 5.1.2", "В течение всего периода", C001, P001, wholePeriod, none),
                // ------------------------------------------------------------ seed 002 (text)
                row("002 text 2", "до 7 сентября 2020 года", C002, P002, ByDate.of(d(2020, 9, 7)),
                        List.of(d(2020, 9, 7))),
                row("002 text 2", "до 30 декабря 2020 года", C002, P002, ByDate.of(d(2020, 12, 30)),
                        List.of(d(2020, 12, 30))),
                // ------------------------------------------------------------ seed 003 (text)
                row("003 text 3.1", "В срок до 15 марта 2022 года", C003, P003, ByDate.of(d(2022, 3, 15)),
                        List.of(d(2022, 3, 15))),
                row("003 text 3.3", "В срок до 30 октября 2022 года", C003, P003, ByDate.of(d(2022, 10, 30)),
                        List.of(d(2022, 10, 30))),
                row("003 text 4.1", "В срок до 07.03.2022", C003, P003, ByDate.of(d(2022, 3, 7)),
                        List.of(d(2022, 3, 7))),
                // ------------------------------------------------------------ seed 003 (table)
                row("003 1.1", "Март  Июнь  Октябрь", C003, P003,
                        InMonths.of(List.of(YearMonth.of(2022, 3), YearMonth.of(2022, 6), YearMonth.of(2022, 10))),
                        List.of(d(2022, 3, 31), d(2022, 6, 30), d(2022, 10, 31))),
                row("003 1.2", "Постоянно", C003, P003, always, none),
                row("003 1.3", "Постоянно", C003, P003, always, none),
                row("003 2.1", "По графику ОГАОУ ДПО «БелИРО»", C003, P003,
                        BySchedule.of(BySchedule.Kind.SCHEDULE, "ОГАОУ ДПО «БелИРО»"), none),
                row("003 2.2", "До 07.03.2022 года", C003, P003, ByDate.of(d(2022, 3, 7)), List.of(d(2022, 3, 7))),
                row("003 2.3", "В течение 2022 года", C003, P003, InYear.of(2022), List.of(d(2022, 12, 31))),
                row("003 2.4", "Постоянно", C003, P003, always, none),
                row("003 2.5", "В течение 2022 года", C003, P003, InYear.of(2022), List.of(d(2022, 12, 31))),
                row("003 2.6", "Октябрь 2022 года", C003, P003, InMonth.of(YearMonth.of(2022, 10)),
                        List.of(d(2022, 10, 31))),
                row("003 2.7", "4 квартал 2022 года", C003, P003, InQuarter.of(2022, 4), List.of(d(2022, 12, 31))),
                row("003 3.1", "До 15.03.2022 года", C003, P003, ByDate.of(d(2022, 3, 15)), List.of(d(2022, 3, 15))),
                row("003 3.2", "До 01.09.2022 года", C003, P003, ByDate.of(d(2022, 9, 1)), List.of(d(2022, 9, 1))),
                row("003 3.3", "4 квартал 2022 года", C003, P003, InQuarter.of(2022, 4), List.of(d(2022, 12, 31))),
                row("003 3.4", "До 30.10.2022 года", C003, P003, ByDate.of(d(2022, 10, 30)),
                        List.of(d(2022, 10, 30))),
                // ------------------------------------------------------------ seed 004
                row("004 #1", "Ежегодно, до 01 октября", C004, P004, yearlyByOct,
                        List.of(d(2023, 10, 1), d(2024, 10, 1))),
                row("004 #2", "Ежегодно, до 01 октября", C004, P004, yearlyByOct,
                        List.of(d(2023, 10, 1), d(2024, 10, 1))),
                row("004 #3", "В течение всего периода реализации ЦМН", C004, P004, wholePeriodCmn, none),
                row("004 #4", "Ежегодно", C004, P004, Recurring.yearly(), yearEnds2324),
                row("004 #5", "Ежегодно, по графику ОО", C004, P004,
                        Recurring.yearly().withSchedule(BySchedule.of(BySchedule.Kind.SCHEDULE, "ОО")), none),
                row("004 #6", "В течение всего периода реализации ЦМН", C004, P004, wholePeriodCmn, none),
                row("004 #7", "В течение всего периода реализации ЦМН", C004, P004, wholePeriodCmn, none),
                row("004 #8", "Ежегодно", C004, P004, Recurring.yearly(), yearEnds2324),
                row("004 #9", "Ежегодно", C004, P004, Recurring.yearly(), yearEnds2324),
                row("004 #10", "В течение всего периода реализации ЦМН", C004, P004, wholePeriodCmn, none),
                row("004 #11", "По графику ГБОУ ИРО", C004, P004, byIro, none),
                row("004 #12", "По графику ГБОУ ИРО", C004, P004, byIro, none),
                row("004 #13", "По графику ГБОУ ИРО", C004, P004, byIro, none),
                row("004 #14", "По графику ГБОУ ИРО", C004, P004, byIro, none),
                row("004 #15", "По графику ГБОУ ИРО", C004, P004, byIro, none),
                row("004 #16", "Ежегодно, в соответствии с планом МКУ СЦРО", C004, P004, yearlyPlan, none),
                row("004 #17", "Ежегодно, в соответствии с планом МКУ СЦРО", C004, P004, yearlyPlan, none),
                row("004 #18", "Ежегодно, в соответствии с планом МКУ СЦРО", C004, P004, yearlyPlan, none),
                row("004 #19", "Март-апрель 2023 года", C004, P004,
                        MonthRange.of(YearMonth.of(2023, 3), YearMonth.of(2023, 4)), List.of(d(2023, 4, 30))));
    }

    @ParameterizedTest(name = "seed {0}: «{1}»")
    @MethodSource("seedCells")
    void should_read_every_seed_cell(String where, String phrase, DeadlineContext context, DateRange period,
            Deadline expected, List<LocalDate> occurrences) {
        // when
        Deadline actual = DeadlineParser.parse(phrase, context);
        // then
        assertFalse(actual instanceof Unrecognized, () -> "unrecognized: " + actual);
        assertEquals(expected, actual);
        assertEquals(occurrences, actual.occurrences(period));
        // and its canonical Russian phrase reads back without context
        assertEquals(actual, DeadlineParser.parse(actual.toPhrase(Language.RU), DeadlineContext.none()));
    }
}
