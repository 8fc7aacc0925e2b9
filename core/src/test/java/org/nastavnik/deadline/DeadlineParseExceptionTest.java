package org.nastavnik.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nastavnik.common.DateRange;

/** Impossible values the parser did read: the phrase, the exact index and the reason. */
class DeadlineParseExceptionTest {

    @Test
    void should_report_the_phrase_index_and_reason_for_31_february() {
        // when
        DeadlineParseException e = assertThrows(DeadlineParseException.class,
                () -> DeadlineParser.parse("до 31.02.2022"));
        // then
        assertEquals("до 31.02.2022", e.text());
        assertEquals(3, e.index());
        assertEquals("day 31 does not exist in February 2022", e.reason());
        assertEquals("Text 'до 31.02.2022' could not be parsed at index 3: day 31 does not exist in February 2022",
                e.getMessage());
        // and it is a java.time parse error too
        DateTimeParseException asJavaTime = e;
        assertEquals("до 31.02.2022", asJavaTime.getParsedString());
        assertEquals(3, asJavaTime.getErrorIndex());
    }

    @ParameterizedTest(name = "«{0}» → index {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            31.02.2022                    | 0  | day 31 does not exist in February 2022
            29.02.2023                    | 0  | day 29 does not exist in February 2023
            15.13.2022                    | 3  | month 13 is not between 1 and 12
            00.10.2022                    | 0  | day 0 is not between 1 and 31
            До 32.01.2022 года            | 3  | day 32 is not between 1 and 31
            В срок до 31 апреля 2022 года | 10 | day 31 does not exist in April 2022
            5 квартал 2022 года           | 0  | quarter 5 is not between 1 and 4
            V квартал 2022 года           | 0  | quarter 5 is not between 1 and 4
            3 полугодие 2022 года         | 0  | half-year 3 is not 1 or 2
            2021/2023 учебный год         | 5  | a school year runs over two consecutive years, not 2021 and 2023
            2022-2021 гг.                 | 5  | the range of years ends (2021) before or in the year it starts (2022)
            с 31.05.2022 по 01.09.2021    | 16 | the range of dates ends (2021-09-01) before or on the day it starts (2022-05-31)
            Ежемесячно 45 числа           | 11 | day of month 45 is not between 1 and 31
            Ежегодно, до 30 февраля       | 13 | day 30 does not exist in February
            на 31.06.2021, ежеквартально  | 3  | day 31 does not exist in June 2021
            в течение 0 дней с даты назначения куратора | 10 | amount 0 is not at least 1
            """)
    void should_reject_impossible_values(String phrase, int index, String reason) {
        DeadlineParseException e = assertThrows(DeadlineParseException.class, () -> DeadlineParser.parse(phrase));
        assertEquals(phrase, e.text());
        assertEquals(index, e.index());
        assertEquals(reason, e.reason());
    }

    @Test
    void should_reject_29_february_when_the_context_year_is_not_leap() {
        DeadlineContext context = DeadlineContext.of(DateRange.year(2022));
        // 29 February without a year: the next leap year after the period start, not an error
        assertEquals(ByDate.of(LocalDate.of(2024, 2, 29)), DeadlineParser.parse("до 29.02", context));
    }
}
