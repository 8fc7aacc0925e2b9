package org.nastavnik.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.nastavnik.deadline.DeadlineParser;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.Snapshot;

/** The example of the format quoted in the README: it must read, and be written back unchanged. */
class ExampleSnapshotTest {

    static String exampleText() {
        try (InputStream in = ExampleSnapshotTest.class.getResourceAsStream("/json/example-snapshot.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void should_read_the_example() {
        // when
        Snapshot snapshot = JsonDocument.SNAPSHOT.read(exampleText());

        // then
        assertEquals(LocalDate.of(2022, 10, 1), snapshot.asOf());
        assertEquals("31", snapshot.territory().region().orElseThrow().code());
        assertEquals(MentoringForm.TEACHER_TEACHER, snapshot.mentorships().get(0).form());
        assertEquals(LocalDate.of(2022, 9, 20), snapshot.mentorships().get(0).formedOn());
        assertEquals(DeadlineParser.parse("В течение двух недель с даты определения модели"),
                snapshot.roadmaps().get(0).activity("3.2").orElseThrow().deadline());
    }

    @Test
    void should_write_the_example_back_exactly_as_it_is() {
        assertEquals(exampleText(), JsonDocument.SNAPSHOT.write(JsonDocument.SNAPSHOT.read(exampleText())));
    }
}
