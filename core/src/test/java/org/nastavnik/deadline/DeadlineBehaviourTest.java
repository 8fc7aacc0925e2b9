package org.nastavnik.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nastavnik.deadline.DeadlineStatus.Occurrence;
import org.nastavnik.deadline.DeadlineStatus.State;
import org.nastavnik.common.DateRange;
import org.nastavnik.common.Language;

/** Forms beyond the seeds, status, relative deadlines, phrases in both languages, unrecognized phrases. */
class DeadlineBehaviourTest {

    private static final DateRange Y2022 = DateRange.year(2022);

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    // ------------------------------------------------------------------ more forms

    @Test
    void should_read_the_forms_methodologists_commonly_write() {
        DeadlineContext c = DeadlineContext.of(DateRange.schoolYear(2021));
        assertEquals(InHalfYear.of(2022, 1), DeadlineParser.parse("I полугодие 2022 года", c));
        assertEquals(InHalfYear.of(2022, 2), DeadlineParser.parse("во втором полугодии 2022 г.", c));
        assertEquals(InSchoolYear.of(2021), DeadlineParser.parse("2021/2022 учебный год", c));
        assertEquals(InSchoolYear.of(2021), DeadlineParser.parse("в течение 2021-2022 учебного года", c));
        assertEquals(InSchoolYear.of(2021), DeadlineParser.parse("в течение учебного года", c));
        assertEquals(InSchoolYear.of(2022), DeadlineParser.parse("2022/2023 уч. год", c));
        assertEquals(DateSpan.of(d(2021, 9, 1), d(2022, 5, 31)),
                DeadlineParser.parse("с 01.09.2021 по 31.05.2022", c));
        assertEquals(DateSpan.of(d(2021, 9, 1), d(2022, 5, 31)),
                DeadlineParser.parse("с 1 сентября 2021 года по 31 мая 2022 года", c));
        assertEquals(DateSpan.of(d(2021, 9, 1), d(2022, 5, 31)), DeadlineParser.parse("01.09.2021 – 31.05.2022", c));
        assertEquals(DateSpan.of(d(2021, 9, 1), d(2022, 5, 31)), DeadlineParser.parse("с 1 сентября по 31 мая 2022 г.", c));
        assertEquals(MonthRange.of(YearMonth.of(2022, 9), YearMonth.of(2023, 5)),
                DeadlineParser.parse("Сентябрь – май 2023 года", c));
        assertEquals(MonthRange.of(YearMonth.of(2021, 9), YearMonth.of(2022, 5)),
                DeadlineParser.parse("сентябрь-май", c));
        assertEquals(InMonth.of(YearMonth.of(2022, 5)), DeadlineParser.parse("Май", c));
        assertEquals(InMonth.of(YearMonth.of(2021, 12)), DeadlineParser.parse("в декабре", c));
        assertEquals(InQuarter.of(2022, 1), DeadlineParser.parse("I квартал", c));
        assertEquals(InQuarter.of(2021, 4), DeadlineParser.parse("IV квартал", c));
        assertEquals(ByDate.of(d(2021, 10, 1)), DeadlineParser.parse("до 1 октября", c));
        assertEquals(InMonths.of(List.of(YearMonth.of(2021, 11), YearMonth.of(2021, 12), YearMonth.of(2022, 3))),
                DeadlineParser.parse("ноябрь, декабрь 2021 года, март 2022 года", c));
        assertEquals(AsNeeded.of(), DeadlineParser.parse("По мере необходимости", c));
        assertEquals(AsNeeded.of(), DeadlineParser.parse("при необходимости", c));
        assertEquals(Recurring.weekly(), DeadlineParser.parse("Еженедельно", c));
        assertEquals(Recurring.weeklyOn(DayOfWeek.FRIDAY), DeadlineParser.parse("еженедельно по пятницам", c));
        assertEquals(Recurring.halfYearly(), DeadlineParser.parse("1 раз в полугодие", c));
        assertEquals(Recurring.halfYearly(), DeadlineParser.parse("Раз в полгода", c));
        assertEquals(Recurring.monthlyBy(5), DeadlineParser.parse("ежемесячно, до 5 числа", c));
        assertEquals(Recurring.monthly(), DeadlineParser.parse("Ежемесячно", c));
        assertEquals(Recurring.yearlyIn(Month.MAY), DeadlineParser.parse("ежегодно в мае", c));
        assertEquals(Recurring.yearlyOn(MonthDay.of(9, 1)), DeadlineParser.parse("ежегодно 1 сентября", c));
        assertEquals(Recurring.quarterly().withSchedule(BySchedule.of(BySchedule.Kind.SEPARATE_SCHEDULE, "")),
                DeadlineParser.parse("ежеквартально, по отдельному графику", c));
        assertEquals(FirstThenRecurring.of(d(2021, 12, 15), Recurring.monthlyOn(25)),
                DeadlineParser.parse("до 15.12.2021, далее ежемесячно 25 числа", c));
        assertEquals(BySchedule.of(BySchedule.Kind.PLAN, "МКУ СЦРО"),
                DeadlineParser.parse("В соответствии с планом МКУ СЦРО", c));
        assertEquals(Relative.of(10, Relative.Unit.WORKING_DAYS, NamedEvent.ROADMAP_APPROVAL),
                DeadlineParser.parse("в течение 10 рабочих дней после утверждения дорожной карты", c));
        assertEquals(Relative.of(1, Relative.Unit.MONTHS, NamedEvent.CURATOR_APPOINTMENT),
                DeadlineParser.parse("в течение месяца с даты назначения куратора", c));
        assertEquals(Relative.of(5, Relative.Unit.CALENDAR_DAYS, EventRef.of("получения запроса")),
                DeadlineParser.parse("не позднее 5 календарных дней с момента получения запроса", c));
    }

    // ------------------------------------------------------------------ unrecognized

    @Test
    void should_keep_an_unreadable_phrase_verbatim_with_where_and_why() {
        // when
        Deadline d = DeadlineParser.parse("до конца  первой четверти");
        // then
        Unrecognized u = (Unrecognized) d;
        assertEquals("до конца  первой четверти", u.text());
        // «до конца первой …» is read as far as the period, which «четверти» (a school term) is not
        assertEquals(17, u.index());
        assertEquals("четверти", u.unreadPart());
        assertTrue(u.reason().startsWith("cannot read 'четверти' here"), u.reason());
        assertEquals("до конца  первой четверти", u.toPhrase(Language.RU));
        assertFalse(u.isJudged());
        assertEquals(u, DeadlineParser.parse(u.toPhrase(Language.RU)));
    }

    @Test
    void should_say_a_year_is_missing_when_the_context_has_none() {
        Unrecognized u = (Unrecognized) DeadlineParser.parse("Март  Июнь  Октябрь", DeadlineContext.none());
        assertEquals(0, u.index());
        assertEquals("the phrase gives no year and the context has neither a period nor an approval date", u.reason());
        // the approval date alone is enough
        assertEquals(InMonths.of(List.of(YearMonth.of(2022, 3), YearMonth.of(2022, 6), YearMonth.of(2022, 10))),
                DeadlineParser.parse("Март  Июнь  Октябрь", DeadlineContext.ofApprovalDate(d(2022, 3, 3))));
    }

    @Test
    void should_not_read_phrases_longer_than_the_limit() {
        String text = "постоянно ".repeat(200);
        Unrecognized u = (Unrecognized) DeadlineParser.parse(text);
        assertEquals("the phrase is longer than 1000 characters (2000)", u.reason());
        assertEquals(Unrecognized.class, DeadlineParser.parse("").getClass());
        assertEquals(Unrecognized.class, DeadlineParser.parse(" «» ").getClass());
    }

    // ------------------------------------------------------------------ relative deadlines

    @Test
    void should_count_two_weeks_from_each_form_adoption() {
        // given
        Deadline d = DeadlineParser.parse("В течение двух недель с даты определения модели");
        EventDates adoptions = EventDates.of(NamedEvent.FORM_ADOPTION, d(2021, 9, 1), d(2021, 10, 4), d(2022, 12, 30));
        // then
        assertEquals(List.of(d(2021, 9, 15), d(2021, 10, 18)), d.occurrences(DateRange.year(2021), adoptions));
        assertEquals(List.of(), d.occurrences(DateRange.year(2021)));
    }

    @Test
    void should_skip_weekends_and_fixed_holidays_when_counting_working_days() {
        Relative tenWorkingDays = Relative.of(10, Relative.Unit.WORKING_DAYS, NamedEvent.ORDER_SIGNING);
        // Friday 25 February 2022: skips two weekends and 8 March
        assertEquals(d(2022, 3, 14), tenWorkingDays.dueAfter(d(2022, 2, 25)));
        // 30 December 2022: skips 31 Dec, 1–8 January
        assertEquals(d(2023, 1, 13), Relative.of(1, Relative.Unit.WORKING_DAYS, NamedEvent.ORDER_SIGNING)
                .dueAfter(d(2022, 12, 30)).plusDays(4));
        assertEquals(d(2023, 1, 9), Relative.of(1, Relative.Unit.WORKING_DAYS, NamedEvent.ORDER_SIGNING)
                .dueAfter(d(2022, 12, 30)));
        assertEquals(d(2022, 3, 25), Relative.of(1, Relative.Unit.MONTHS, NamedEvent.ORDER_SIGNING)
                .dueAfter(d(2022, 2, 25)));
        EventDates signed = EventDates.of(Map.of(EventRef.of(NamedEvent.ORDER_SIGNING), List.of(d(2022, 2, 25))));
        assertEquals(List.of(d(2022, 3, 14)), tenWorkingDays.occurrences(Y2022, signed));
    }

    @Test
    void should_recognize_named_events_and_keep_unknown_ones_as_written() {
        assertEquals(EventRef.of(NamedEvent.FORM_ADOPTION), EventRef.of("определения  формы наставничества"));
        assertEquals(Optional.empty(), EventRef.of("получения Запроса").named());
        assertEquals("получения Запроса", EventRef.of("получения\u00a0Запроса.").text());
        assertThrows(IllegalArgumentException.class, () -> EventRef.of(" - "));
        assertEquals(Unrecognized.class, DeadlineParser.parse("в течение 5 дней с даты -").getClass());
    }

    // ------------------------------------------------------------------ status

    @Test
    void should_judge_monthly_occurrences_against_completions() {
        // given: monitoring on the 25th of each month, as of 25 April 2022
        Deadline d = Recurring.monthlyOn(25);
        DateRange firstHalf = DateRange.of(d(2022, 1, 1), d(2022, 6, 30));
        List<LocalDate> done = List.of(d(2022, 1, 20), d(2022, 3, 2), d(2022, 5, 1));
        // when
        DeadlineStatus status = d.status(d(2022, 4, 25), firstHalf, done);
        // then: January on time; February missed (the 2 March completion falls in March's window, after
        // February's due date, so it counts for March); April due today; the May completion lies after
        // the day of judgement and is ignored
        assertEquals(List.of(
                new Occurrence(d(2022, 1, 25), State.DONE, Optional.of(d(2022, 1, 20))),
                new Occurrence(d(2022, 2, 25), State.OVERDUE, Optional.empty()),
                new Occurrence(d(2022, 3, 25), State.DONE, Optional.of(d(2022, 3, 2))),
                new Occurrence(d(2022, 4, 25), State.DUE_TODAY, Optional.empty()),
                new Occurrence(d(2022, 5, 25), State.UPCOMING, Optional.empty()),
                new Occurrence(d(2022, 6, 25), State.UPCOMING, Optional.empty())), status.occurrences());
        assertTrue(status.isOverdue());
        assertEquals(List.of(d(2022, 2, 25)), status.overdue().stream().map(Occurrence::dueDate).toList());
        assertEquals(d(2022, 4, 25), status.next().orElseThrow().dueDate());
    }

    @Test
    void should_mark_a_completion_after_the_due_date_as_late() {
        Deadline d = DeadlineParser.parse("до 15.03.2022");
        DeadlineStatus status = d.status(d(2022, 4, 1), Y2022, List.of(d(2022, 3, 20)));
        assertEquals(List.of(new Occurrence(d(2022, 3, 15), State.DONE_LATE, Optional.of(d(2022, 3, 20)))),
                status.occurrences());
        assertFalse(status.isOverdue());
    }

    @Test
    void should_not_let_one_completion_count_for_two_years() {
        Deadline d = DeadlineParser.parse("Ежегодно, до 01 октября");
        DateRange period = DateRange.of(d(2023, 1, 1), d(2024, 12, 31));
        DeadlineStatus status = d.status(d(2024, 11, 1), period, List.of(d(2023, 9, 1), d(2023, 9, 15)));
        assertEquals(State.DONE, status.occurrences().get(0).state());
        assertEquals(State.OVERDUE, status.occurrences().get(1).state());
    }

    @Test
    void should_not_judge_continuous_scheduled_as_needed_or_unrecognized_deadlines() {
        for (String phrase : List.of("Постоянно", "По графику ГБОУ ИРО", "по мере необходимости", "когда-нибудь")) {
            Deadline d = DeadlineParser.parse(phrase);
            assertFalse(d.isJudged(), phrase);
            assertEquals(DeadlineStatus.notJudged(), d.status(d(2022, 6, 1), Y2022, List.of()));
            assertFalse(d.status(d(2022, 6, 1), Y2022, List.of()).isOverdue());
        }
        // issue 15: someone else's schedule is never judged, whatever its recurrence word
        assertFalse(DeadlineParser.parse("Ежегодно, по графику ОО").isJudged());
    }

    @Test
    void should_judge_by_date_deadline() {
        Deadline d = DeadlineParser.parse("До 07.03.2022 года");
        assertFalse(d.status(d(2022, 3, 9), Y2022, List.of(d(2022, 3, 7))).isOverdue());
        assertTrue(d.status(d(2022, 3, 9), Y2022, List.of()).isOverdue());
        assertEquals(State.DUE_TODAY, d.status(d(2022, 3, 7), Y2022, List.of()).occurrences().get(0).state());
        assertEquals(State.UPCOMING, d.status(d(2022, 3, 1), Y2022, List.of()).occurrences().get(0).state());
    }

    // ------------------------------------------------------------------ phrases

    @ParameterizedTest(name = "«{0}» → «{1}» / \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Ежегодно, до 01 октября                         | ежегодно до 1 октября                            | annually by 1 October
            До 07.03.2022 года                              | до 07.03.2022                                    | by 7 March 2022
            4 квартал 2022 года                             | 4 квартал 2022 года                              | Q4 2022
            08.10.2020                                      | 08.10.2020                                       | on 8 October 2020
            Май 2021 г.                                     | май 2021 года                                    | in May 2021
            Март-апрель 2023 года                           | март – апрель 2023 года                          | March–April 2023
            В течение 2022 года                             | в течение 2022 года                              | during 2022
            2021-2022 гг.                                   | 2021–2022 годы                                   | 2021–2022
            2021/2022 учебный год                           | 2021/2022 учебный год                            | the 2021/2022 school year
            на 15.12.2020, ежеквартально                    | на 15.12.2020, ежеквартально                     | on 15 December 2020, then quarterly
            Ежемесячно 25 числа каждого месяца              | ежемесячно 25 числа                              | monthly on day 25
            Ежегодно, по графику ОО                         | ежегодно, по графику ОО                          | annually, according to the schedule of ОО
            В течение двух недель с даты определения модели | в течение 2 недель с даты определения модели     | within 2 weeks of the choice of the mentoring form
            в течение 21 рабочего дня после подписания приказа | в течение 21 рабочего дня с даты подписания приказа | within 21 working days of the signing of the order
            В течение всего периода реализации ЦМН          | в течение всего периода реализации ЦМН           | throughout the period (реализации ЦМН)
            Постоянно                                       | постоянно                                        | continuously
            по отдельному графику                           | по отдельному графику                            | according to a separate schedule
            по мере необходимости                           | по мере необходимости                            | as needed
            с 01.09.2021 по 31.05.2022                      | с 01.09.2021 по 31.05.2022                       | from 1 September 2021 to 31 May 2022
            II полугодие 2022 года                          | 2 полугодие 2022 года                            | H2 2022
            еженедельно по понедельникам                    | еженедельно по понедельникам                     | weekly on Mondays
            раз в полугодие                                 | раз в полугодие                                  | every half-year
            """)
    void should_render_in_russian_and_english(String phrase, String russian, String english) {
        Deadline d = DeadlineParser.parse(phrase);
        assertEquals(russian, d.toPhrase(Language.RU));
        assertEquals(english, d.toPhrase(Language.EN));
    }

    @Test
    void should_render_several_months_grouped_by_year() {
        Deadline d = InMonths.of(List.of(YearMonth.of(2022, 3), YearMonth.of(2021, 11), YearMonth.of(2022, 6)));
        assertEquals("ноябрь 2021 года, март, июнь 2022 года", d.toPhrase(Language.RU));
        assertEquals("in November 2021, March and June 2022", d.toPhrase(Language.EN));
    }
}
