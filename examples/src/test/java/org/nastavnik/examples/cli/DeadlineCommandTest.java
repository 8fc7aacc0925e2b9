package org.nastavnik.examples.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.Language;
import org.nastavnik.testing.PlainLanguage;

class DeadlineCommandTest {

    @Test
    void should_explain_a_phrase_and_list_its_due_dates_in_the_period() {
        // when
        Run run = Run.of("deadline", "Ежегодно, до 01 октября", "--context", "2021-09-01..2022-08-31");
        // then
        assertAll(
                () -> assertEquals(Cli.OK, run.exitCode(), run.err()),
                () -> assertTrue(run.out().startsWith("Фраза:       «Ежегодно, до 01 октября»\n"), run.out()),
                () -> assertTrue(run.out().contains("Сроки:       1\n  01.10.2021\n"), run.out()),
                () -> assertTrue(run.out().contains("Период:      01.09.2021 – 31.08.2022\n"), run.out()),
                () -> assertEquals(List.of(), PlainLanguage.problems(run.out(), Language.RU), run.out()));
    }

    @Test
    void should_say_how_a_reading_that_could_be_taken_two_ways_was_taken() throws Exception {
        // when
        Run text = Run.of("deadline", "по итогам I полугодия", "--context", "2021-09-01..2022-08-31");
        Run json = Run.of("deadline", "по итогам I полугодия", "--context", "2021-09-01..2022-08-31", "--format", "json");
        Run plain = Run.of("deadline", "Май 2021 г.", "--context", "2021-01-01..2021-12-31");
        // then
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertAll(
                () -> assertTrue(text.out().contains("Понимается:  до 31.12.2021\n"), text.out()),
                () -> assertTrue(text.out().contains("Прочтение:   первое полугодие прочитано как полугодие учебного года "
                        + "(сентябрь–декабрь), срок 31.12.2021; если понимать календарное полугодие, срок — 30 июня\n"),
                        text.out()),
                () -> assertTrue(root.get("readingEn").asText().contains("30 June"), json.out()),
                () -> assertTrue(!plain.out().contains("Прочтение"), plain.out()));
    }

    @Test
    void should_write_json_in_english_and_russian() throws Exception {
        // when
        Run run = Run.of("deadline", "4 квартал 2022 года", "--context", "2022-01-01..2022-12-31", "--format", "json");
        // then
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertAll(
                () -> assertEquals(Cli.OK, run.exitCode()),
                () -> assertTrue(root.get("recognized").asBoolean()),
                () -> assertEquals("[\"2022-12-31\"]", root.get("occurrences").toString()));
    }

    @Test
    void should_refuse_a_period_that_ends_before_it_starts() {
        // when
        Run run = Run.of("deadline", "Май 2021 г.", "--context", "2022-08-31..2021-09-01");
        // then
        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertEquals("nastavnik: --context \"2022-08-31..2021-09-01\": the end (2021-09-01) is before the start (2022-08-31)",
                run.oneLineError());
    }

    @Test
    void should_refuse_a_missing_phrase() {
        // when
        Run run = Run.of("deadline");
        // then
        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertEquals("nastavnik: Missing required parameter: '<phrase>' (see 'nastavnik deadline --help')",
                run.oneLineError());
    }
}
