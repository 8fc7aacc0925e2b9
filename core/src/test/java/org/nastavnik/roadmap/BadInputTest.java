package org.nastavnik.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nastavnik.deadline.Unrecognized;
import org.nastavnik.model.Activity;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.Territory;

class BadInputTest {
    private static final ReadOptions OPTIONS = ReadOptions.of("bad", Territory.region("31"));

    @TempDir
    Path dir;

    @Test
    void should_list_every_null_or_nameless_document_at_once_and_leave_the_list_alone() {
        Snapshot snapshot = Snapshot.builder().asOf(java.time.LocalDate.of(2022, 9, 1))
                .territory(Territory.region("31")).build();
        List<Path> documents = java.util.Arrays.asList(dir.resolve("a.txt"), null, Path.of("/"), null);
        Path first = documents.get(0);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RoadmapReader.addTo(snapshot, documents));

        assertEquals("documents[1] is null: give the path of a roadmap document; "
                + "documents[2] (\"/\") has no file name: give the path of a roadmap document, not of a root"
                + " directory; documents[3] is null: give the path of a roadmap document", e.getMessage());
        assertEquals(4, documents.size());
        assertEquals(first, documents.get(0));
        assertTrue(snapshot.roadmaps().isEmpty());
    }

    @Test
    void should_refuse_an_empty_text_with_one_clear_error() {
        ImportException e = assertThrows(ImportException.class, () -> RoadmapReader.read(" \n\t\n", OPTIONS));
        assertEquals(ImportException.Reason.EMPTY, e.reason());
        assertEquals("the text is empty (4 characters, all white space): there is nothing to read", e.getMessage());
    }

    @Test
    void should_name_the_file_when_an_empty_file_is_read() throws IOException {
        Path file = Files.writeString(dir.resolve("empty.txt"), "");
        ImportException e = assertThrows(ImportException.class, () -> RoadmapReader.read(file, OPTIONS));
        assertEquals(ImportException.Reason.EMPTY, e.reason());
        assertEquals("roadmap file " + file + ": the file is empty (0 bytes): there is nothing to read", e.getMessage());
    }

    @Test
    void should_name_the_file_that_does_not_exist() {
        Path file = dir.resolve("missing.txt");
        ImportException e = assertThrows(ImportException.class, () -> RoadmapReader.read(file, OPTIONS));
        assertEquals(ImportException.Reason.UNREADABLE_FILE, e.reason());
        assertTrue(e.getMessage().startsWith("cannot read roadmap file " + file), e.getMessage());
    }

    @Test
    void should_refuse_a_file_that_is_not_utf8() throws IOException {
        Path file = Files.write(dir.resolve("cp1251.txt"), "ПРИКАЗ № 1".getBytes(java.nio.charset.Charset.forName("windows-1251")));
        ImportException e = assertThrows(ImportException.class, () -> RoadmapReader.read(file, OPTIONS));
        assertEquals(ImportException.Reason.NOT_UTF8, e.reason());
        assertTrue(e.getMessage().startsWith("roadmap file " + file + ": not UTF-8 text: malformed bytes near byte offset 0"),
                e.getMessage());
    }

    @Test
    void should_refuse_binary_junk() throws IOException {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        String text = new String(junk, StandardCharsets.ISO_8859_1);
        ImportException e = assertThrows(ImportException.class, () -> RoadmapReader.read(text, OPTIONS));
        assertEquals(ImportException.Reason.NOT_TEXT, e.reason());
        assertTrue(e.getMessage().startsWith("the text is binary data, not a document: "), e.getMessage());
        Path file = Files.write(dir.resolve("junk.bin"), junk);
        ImportException fromFile = assertThrows(ImportException.class, () -> RoadmapReader.read(file, OPTIONS));
        assertEquals(ImportException.Reason.NOT_TEXT, fromFile.reason());
        assertEquals("roadmap file " + file + ": binary data, not a document (.docx, PDF or UTF-8 text)",
                fromFile.getMessage());
    }

    @Test
    void should_refuse_text_with_nothing_to_read() {
        ImportException e = assertThrows(ImportException.class,
                () -> RoadmapReader.read("просто строка текста\nи ещё одна", OPTIONS));
        assertEquals(ImportException.Reason.NOTHING_READABLE, e.reason());
        assertEquals("nothing could be read from the text (2 lines): no document kind, date, number, title or "
                + "signature, no order items and no table of activities", e.getMessage());
    }

    @Test
    void should_keep_what_it_can_read_when_there_is_no_table() throws ImportException {
        String text = Seeds.text(Seeds.SEED_000);
        String withoutTable = text.substring(0, text.indexOf("**План мероприятий"));
        ImportResult result = RoadmapReader.read(withoutTable, OPTIONS);
        assertEquals("324", result.roadmap().approval().number().orElseThrow());
        assertEquals(List.of("order-2.1", "order-2.2", "order-2.3"),
                result.roadmap().activities().stream().map(a -> a.number()).toList(), "the order's obligations");
        assertEquals(List.of(FindingCode.PERIOD_INFERRED, FindingCode.NO_TABLE), result.findings().stream().map(f -> f.code()).toList());
    }

    @Test
    void should_read_a_table_missing_its_deadline_column_and_say_so() throws ImportException {
        String text = "План мероприятий\n\n№\tНаименование мероприятия\tОтветственный\n"
                + "1\tСовещание кураторов\tИвлиева Е.В.\n2\tСеминар\tМНЦ\n";
        ImportResult result = RoadmapReader.read(text, OPTIONS);
        assertEquals(2, result.roadmap().activities().size());
        assertEquals(List.of(FindingCode.APPROVAL_NOT_FOUND, FindingCode.TABLE_COLUMN_MISSING),
                result.findings().stream().map(f -> f.code()).toList());
        DocumentFinding missing = result.findings(FindingCode.TABLE_COLUMN_MISSING).get(0);
        assertEquals(3, missing.line());
        assertEquals("the table has no column: deadline (срок); activities have no deadline", missing.english());
        assertTrue(result.roadmap().activities().stream().allMatch(a -> a.deadline() instanceof Unrecognized));
    }

    @Test
    void should_quote_rows_it_cannot_read() throws ImportException {
        String text = "№\tНаименование мероприятия\tСрок\tОтветственный\n"
                + "1\tСовещание\tМай 2022 г.\tМНЦ\n"
                + "Итого\tчто-то\t\t\n";
        ImportResult result = RoadmapReader.read(text, OPTIONS);
        assertEquals(1, result.roadmap().activities().size());
        DocumentFinding unreadable = result.findings(FindingCode.TABLE_ROW_UNREADABLE).get(0);
        assertEquals(3, unreadable.line());
        assertEquals("Итого\tчто-то\t\t", unreadable.snippet());
    }

    @Test
    void should_report_an_unreadable_deadline_and_keep_the_activity() throws ImportException {
        String text = "№\tНаименование мероприятия\tСрок\tОтветственный\n"
                + "1\tСовещание\tкогда получится\tМНЦ\n"
                + "2\tСеминар\t31.02.2022\tМНЦ\n";
        ImportResult result = RoadmapReader.read(text, OPTIONS);
        List<Activity> activities = result.roadmap().activities();
        assertEquals(2, activities.size());
        assertTrue(activities.get(0).deadline() instanceof Unrecognized);
        assertEquals("когда получится", activities.get(0).deadlineText());
        assertEquals("1", result.findings(FindingCode.DEADLINE_UNRECOGNIZED).get(0).row().orElseThrow());
        assertEquals("2", result.findings(FindingCode.DEADLINE_INVALID).get(0).row().orElseThrow());
    }

    @Test
    void should_read_a_10_mb_file_in_linear_time() {
        String seed = Seeds.text(Seeds.SEED_004);
        StringBuilder big = new StringBuilder(seed);
        String row = "20.\tОрганизация и проведение конкурса наставнических пар\tМарт-апрель 2023 года\t"
                + "Степанова К.С. Цуренко И.В.\tПриказ УОН\n";
        while (big.length() < 10_000_000) {
            big.insert(big.length() - 40, row);
        }
        String text = big.toString();
        ImportResult result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> RoadmapReader.read(text, OPTIONS));
        assertTrue(result.roadmap().activities().size() > 19);
        assertTrue(result.hasFinding(FindingCode.DUPLICATE_ACTIVITY_NUMBER));
    }

    @Test
    void should_skip_a_10_mb_line_and_say_so() {
        String text = "ПРИКАЗ\n\n" + "а".repeat(10_000_000) + "\n№ 5\n";
        ImportResult result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> RoadmapReader.read(text, OPTIONS));
        assertEquals("5", result.roadmap().approval().number().orElseThrow());
        DocumentFinding skipped = result.findings(FindingCode.LINE_TOO_LONG).get(0);
        assertEquals(3, skipped.line());
        assertEquals(301, skipped.snippet().length());
    }

    @Test
    void should_refuse_one_10_mb_line_of_nothing() {
        String text = "ab ".repeat(3_500_000);
        ImportException e = assertThrows(ImportException.class,
                () -> assertTimeoutPreemptively(Duration.ofSeconds(60), () -> RoadmapReader.read(text, OPTIONS)));
        assertEquals(ImportException.Reason.NOTHING_READABLE, e.reason());
        assertTrue(e.getMessage().endsWith("1 line(s) longer than 100000 characters were skipped"), e.getMessage());
    }

    @Test
    void should_remove_control_characters_and_say_so() throws ImportException {
        String text = Seeds.text(Seeds.SEED_000).replace("№ 324", "№ 3\u000124");
        ImportResult result = RoadmapReader.read(text, OPTIONS);
        assertEquals("324", result.roadmap().approval().number().orElseThrow());
        assertEquals(13, result.roadmap().activities().size());
        assertTrue(result.hasFinding(FindingCode.CONTROL_CHARACTERS));
    }

    @Test
    void should_read_a_markdown_pipe_table() throws ImportException {
        String text = "| № | Наименование мероприятия | Срок | Ответственный |\n"
                + "|---|---|---|---|\n"
                + "| 1 | Совещание | Май 2022 г. | МНЦ |\n";
        ImportResult result = RoadmapReader.read(text, OPTIONS);
        assertEquals("Совещание", result.roadmap().activity("1").orElseThrow().title());
    }
}
