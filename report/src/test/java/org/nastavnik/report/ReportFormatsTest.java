package org.nastavnik.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.Language;
import org.nastavnik.model.Territory;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.ComplianceReport;
import org.nastavnik.rules.Finding;
import org.nastavnik.rules.FindingKind;
import org.nastavnik.rules.Severity;
import org.nastavnik.rules.SourceRef;
import org.nastavnik.rules.SubjectRef;

class ReportFormatsTest {

    private static Finding finding(String message) {
        return Finding.builder().ruleId("TEST_RULE").severity(Severity.VIOLATION).kind(FindingKind.CURRENT)
                .subject(SubjectRef.organization("o1")).subject(SubjectRef.mentorship("p-1"))
                .dueDate(LocalDate.of(2022, 5, 1)).source(SourceRef.of("Документ", "п. 1"))
                .message(Language.RU, message).message(Language.EN, message)
                .explanation(Language.RU, "почему").explanation(Language.EN, "why").build();
    }

    private static ReportContext context(Finding... findings) {
        ComplianceReport.Builder b = ComplianceReport.builder().asOf(LocalDate.of(2022, 6, 1)).ruleSetVersion("test@1");
        for (Finding f : findings) {
            b.finding(f);
        }
        Snapshot s = Snapshot.builder().asOf(LocalDate.of(2022, 6, 1)).territory(Territory.region("42")).build();
        return ReportContext.of(b.build(), s);
    }

    @Test
    void should_quote_commas_quotes_and_line_breaks_as_rfc_4180_says() {
        // given
        ReportContext ctx = context(finding("Сказано \"так\", и\nещё"));
        // when
        String csv = CsvReport.render(ctx, Language.EN);
        // then
        assertEquals(CsvReport.BOM + "severity,kind,rule,organization,subjects,due date,message,source\r\n"
                + "VIOLATION,CURRENT,TEST_RULE,o1,organization:o1 mentorship:p-1,2022-05-01,"
                + "\"Сказано \"\"так\"\", и\nещё\",\"Документ, п. 1\"\r\n", csv);
    }

    @Test
    void should_wrap_a_long_message_under_its_severity_within_the_width() {
        // given
        String message = "Очень длинное сообщение ".repeat(12).strip();
        // when
        String text = TextReport.render(context(finding(message)), Language.RU, 60);
        // then
        List<String> lines = text.lines().toList();
        int head = lines.indexOf("  НАРУШЕНИЕ       TEST_RULE · p-1 · срок 01.05.2022");
        assertAll(
                () -> assertTrue(head > 0, text),
                () -> assertTrue(lines.get(head + 1).startsWith(" ".repeat(18) + "Очень длинное"), text),
                () -> assertTrue(lines.stream().allMatch(l -> l.length() <= 60), text),
                () -> assertEquals(message, String.join(" ", lines.subList(head + 1, lines.size()).stream()
                        .map(String::strip).toList()), "nothing lost in wrapping"));
    }

    @Test
    void should_escape_markup_in_the_html_page() {
        // given
        ReportContext ctx = context(finding("<script>alert(1)</script> & \"x\""));
        // when
        String html = HtmlReport.render(ctx, Language.RU);
        // then
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"), html);
        assertEquals(1, html.split("<script>", -1).length - 1, "only the page's own script");
    }

    @Test
    void should_cut_words_longer_than_the_width() {
        // when
        List<String> lines = Wrap.lines("a " + "x".repeat(25) + " b", 10);
        // then
        assertEquals(List.of("a", "xxxxxxxxxx", "xxxxxxxxxx", "xxxxx b"), lines);
    }

    @Test
    void should_wrap_a_3_mb_word_into_lines_of_the_width_in_linear_time() {
        // given an id of 3 MB, which quadratic cutting took 53 s to wrap (issue 24, case 6)
        String word = "x".repeat(3_000_000);
        // when
        List<String> lines = Wrap.lines("before " + word + " after", 80);
        // then
        assertEquals(37_502, lines.size());
        assertEquals("before", lines.get(0));
        assertTrue(lines.subList(1, lines.size() - 1).stream().allMatch(l -> l.length() == 80));
        assertEquals("after", lines.get(lines.size() - 1));
    }

    @Test
    void should_write_every_format_through_its_one_entry() {
        // given
        ReportContext ctx = context(finding("Пара p1 сформирована поздно."));
        // when
        String text = ReportFormat.TEXT.render(ctx, Language.RU);
        String json = ReportFormat.JSON.render(ctx, Language.RU);
        String csv = ReportFormat.CSV.render(ctx, Language.EN);
        String html = ReportFormat.HTML.render(ctx, Language.RU);
        // then
        assertAll(
                () -> assertEquals(TextReport.render(ctx, Language.RU), text),
                () -> assertTrue(json.contains("\"format\": \"nastavnik-report/1\""), json),
                () -> assertTrue(csv.startsWith(ReportFormat.CSV_BYTE_ORDER_MARK + "severity,kind,rule,"), csv),
                () -> assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("Пара p1 сформирована поздно."), html));
    }
}
