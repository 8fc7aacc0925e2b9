package org.nastavnik.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nastavnik.common.DateRange;

/** Real-world noise gives equal results: case, NBSP, doubled spaces, dashes, line breaks, «г.» and «года». */
class NoiseTest {

    private static final DeadlineContext C2022 = DeadlineContext.of(DateRange.year(2022));

    static Stream<Arguments> variants() {
        return Stream.of(
                Arguments.of(ByDate.of(LocalDate.of(2022, 3, 7)), List.of(
                        "До 07.03.2022 года", "до 07.03.2022", "ДО 07.03.2022 Г.", "до\u00a007.03.2022\u00a0г.",
                        "  до   07.03.2022  ", "до 07.03.2022г.", "до 07.03.2022 г", "до 7.3.2022", "до 07.03.22",
                        "«до 07.03.2022»", "до 07.03.2022;", "до\n07.03.2022\nгода", "не позднее 07.03.2022",
                        "В СРОК ДО 7 МАРТА 2022 ГОДА", "в срок до 7 марта 2022 г.", "к 07.03.2022")),
                Arguments.of(MonthRange.of(YearMonth.of(2023, 3), YearMonth.of(2023, 4)), List.of(
                        "Март-апрель 2023 года", "март - апрель 2023 г.", "МАРТ–АПРЕЛЬ 2023", "март — апрель 2023 года",
                        "март\u2212апрель 2023 гг.", "Март -\nапрель 2023 года", "с марта по апрель 2023 года",
                        "март 2023 – апрель 2023 года")),
                Arguments.of(InQuarter.of(2022, 4), List.of(
                        "4 квартал 2022 года", "IV квартал 2022 года", "iv квартал 2022 г.", "4 кв. 2022",
                        "в 4 квартале 2022 года", "4-й квартал 2022 года", "четвертый квартал 2022 года",
                        "Четвёртый квартал 2022", "\u0406V квартал 2022 года", "IV квартал")),
                Arguments.of(YearRange.of(2021, 2022), List.of(
                        "2021-2022 гг.", "2021–2022 годы", "2021 - 2022 г.г.", "в течение 2021—2022 годов",
                        "2021-2022 год", "на 2021-2022 годы")),
                Arguments.of(Recurring.yearlyBy(MonthDay.of(10, 1)), List.of(
                        "Ежегодно, до 01 октября", "ежегодно до 1 октября", "ЕЖЕГОДНО,  ДО  01  ОКТЯБРЯ",
                        "ежегодно, до 01.10", "Ежегодно,\nдо 01 октября.", "ежегодно, не позднее 1 октября",
                        "раз в год до 1 октября")),
                Arguments.of(Continuous.wholePeriod("реализации ЦМН"), List.of(
                        "В течение всего периода реализации ЦМН", "в течение всего периода\u00a0реализации  ЦМН",
                        "В ТЕЧЕНИЕ ВСЕГО ПЕРИОДА реализации ЦМН.", "в течение всего периода\r\nреализации ЦМН",
                        "на протяжении всего периода реализации ЦМН")),
                Arguments.of(Relative.of(2, Relative.Unit.WEEKS, NamedEvent.FORM_ADOPTION), List.of(
                        "В течение двух недель с даты определения модели", "в течение 2 недель с даты определения модели",
                        "в течение 2-х недель со дня определения формы наставничества",
                        "В ТЕЧЕНИЕ ДВУХ НЕДЕЛЬ ПОСЛЕ ОПРЕДЕЛЕНИЯ МОДЕЛИ", "не позднее 2 недель с момента выбора формы")),
                Arguments.of(Recurring.monthlyOn(25), List.of(
                        "Ежемесячно 25 числа каждого месяца", "ежемесячно, 25 числа", "ежемесячно 25-го числа",
                        "25 числа каждого месяца", "ЕЖЕМЕСЯЧНО 25 ЧИСЛА", "раз в месяц 25 числа")),
                Arguments.of(Continuous.always(), List.of("Постоянно", "постоянно", "ПОСТОЯННО.", " - постоянно ",
                        "на постоянной основе")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void should_read_noisy_variants_alike(Deadline expected, List<String> phrases) {
        for (String phrase : phrases) {
            assertEquals(expected, DeadlineParser.parse(phrase, C2022), () -> "«" + phrase + "»");
        }
    }
}
