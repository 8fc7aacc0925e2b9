package org.nastavnik.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.Language;
import org.nastavnik.testing.PlainLanguage;

/**
 * The demo's whole report, as a methodologist reads it, speaks Russian (or English): no code
 * words (rule ids, enum names) and, in Russian, no Latin words, in the text and in the visible
 * text of the HTML page. Ids stay in JSON, CSV and on hover (attributes), not in what is read.
 */
class DemoPlainLanguageTest {

    /** The version of the build ("0.1.0-SNAPSHOT") is the one code-like word a report may show. */
    private static final Set<String> ALLOWED = Set.of("SNAPSHOT");

    @Test
    void should_speak_russian_without_code_words_in_the_demos_text() {
        // when
        Run run = Run.of("demo", "--lang", "ru");
        // then
        assertEquals(Cli.OK, run.exitCode(), run.err());
        assertEquals(List.of(), PlainLanguage.problems(run.out(), Language.RU, ALLOWED), run.out());
    }

    @Test
    void should_speak_russian_without_code_words_in_the_visible_text_of_the_demos_html() {
        // when
        Run run = Run.of("demo", "--lang", "ru", "--format", "html");
        // then
        assertEquals(Cli.OK, run.exitCode(), run.err());
        String visible = visibleText(run.out());
        assertTrue(visible.contains("Мероприятие дорожной карты не выполнено в срок"), visible);
        assertEquals(List.of(), PlainLanguage.problems(visible, Language.RU, ALLOWED), visible);
    }

    @Test
    void should_name_no_codes_in_the_demos_english_text() {
        // when
        Run run = Run.of("demo", "--lang", "en");
        // then
        assertEquals(Cli.OK, run.exitCode(), run.err());
        assertEquals(List.of(), PlainLanguage.problems(run.out(), Language.EN, ALLOWED), run.out());
    }

    /** The text a browser shows: no script, style or tags (attributes such as the ids on hover go), entities decoded. */
    static String visibleText(String html) {
        return html.replaceAll("(?s)<script>.*?</script>", " ").replaceAll("(?s)<style>.*?</style>", " ")
                .replaceAll("(?s)<title>.*?</title>", " ").replaceAll("(?s)<!DOCTYPE[^>]*>", " ")
                .replaceAll("(?s)<[^>]*>", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&#61;", "=").replace("&#96;", "`").replace("&amp;", "&")
                .replaceAll("[ \\t]+", " ");
    }
}
