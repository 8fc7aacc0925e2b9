package org.nastavnik.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nastavnik.common.DateRange;
import org.nastavnik.common.Language;
import org.nastavnik.deadline.Deadline;
import org.nastavnik.deadline.DeadlineContext;
import org.nastavnik.deadline.DeadlineParser;

/**
 * Every reading a person could take two ways carries an explanation, in Russian without code
 * words and in English, that names the reading taken and the other one; a plain reading carries none.
 */
class ReadingsTest {

    private static final DeadlineContext SCHOOL = DeadlineContext.of(DateRange.schoolYear(2021));
    private static final DeadlineContext CALENDAR = DeadlineContext.of(DateRange.year(2022));
    /** Code words: a capitalised identifier of four or more letters, or a Latin word. */
    private static final Pattern CODE = Pattern.compile("[A-Z_]{4,}|\\b[A-Za-z]{2,}\\b");

    static Stream<Arguments> twoWays() {
        return Stream.of(
                Arguments.of("до 1 января 2021 года", SCHOOL, "до конца 2020 года"),
                Arguments.of("на 15.12.2020, ежеквартально", SCHOOL, "15-е число"),
                Arguments.of("по итогам I полугодия", SCHOOL, "30 июня"),
                Arguments.of("по итогам I полугодия", CALENDAR, "31 декабря"),
                Arguments.of("по итогам \u0406 полугодия", SCHOOL, "30 июня"), // a Cyrillic «І»
                Arguments.of("по итогам II полугодия", CALENDAR, "31 мая"),
                Arguments.of("по итогам II полугодия учебного года", SCHOOL, "31 августа"),
                Arguments.of("в конце I полугодия", SCHOOL, "30 июня"),
                Arguments.of("конец учебного года", SCHOOL, "31 августа"),
                Arguments.of("по итогам 2021-2022 учебного года", CALENDAR, "31 августа"),
                Arguments.of("ежегодно, в конце учебного года", SCHOOL, "31 августа"),
                Arguments.of("по итогам квартала", SCHOOL, "каждый квартал"),
                Arguments.of("по итогам года", SCHOOL, "один раз"),
                Arguments.of("в конце года", SCHOOL, "один раз"),
                Arguments.of("ежеквартально до 5 числа", SCHOOL, "последнего месяца квартала"),
                Arguments.of("до 5 числа месяца, следующего за отчётным кварталом", SCHOOL, "следующего за кварталом"),
                Arguments.of("ежемесячно до 5 числа месяца, следующего за отчетным", SCHOOL, "следующего месяца"),
                Arguments.of("в течение I полугодия учебного года", SCHOOL, "31 августа"),
                Arguments.of("по итогам 2022 года", SCHOOL, "последний день периода"),
                Arguments.of("декабрь, май", SCHOOL, "декабрь 2021 года, май 2022 года; если имеются в виду эти месяцы "
                        + "каждого года"),
                // written March first, but March of a school year begun in September comes after October
                Arguments.of("Март Июнь Октябрь", SCHOOL, "октябрь 2021 года, март, июнь 2022 года"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("twoWays")
    void explainsAReadingThatCouldBeTakenTwoWays(String phrase, DeadlineContext context, String mentions) {
        Deadline d = DeadlineParser.parse(phrase, context);
        String ru = Readings.explain(d, phrase, Language.RU);
        String en = Readings.explain(d, phrase, Language.EN);
        assertTrue(ru.contains(mentions), () -> phrase + " → " + ru);
        assertFalse(en.isBlank(), phrase);
        assertFalse(CODE.matcher(ru).find(), () -> "code word in: " + ru);
    }

    static Stream<String> plain() {
        return Stream.of("01.12.2020", "Май 2021 г.", "сентябрь, декабрь", "с 1 по 15 сентября", "ежемесячно до 25 числа",
                "25 числа каждого месяца", "Ежегодно, до 01 октября", "постоянно");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plain")
    void aPlainReadingHasNoExplanation(String phrase) {
        Deadline d = DeadlineParser.parse(phrase, SCHOOL);
        assertEquals("", Readings.explain(d, phrase, Language.RU), phrase);
    }
}
