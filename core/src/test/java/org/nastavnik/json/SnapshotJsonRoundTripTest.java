package org.nastavnik.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nastavnik.model.ImmutableSnapshot;
import org.nastavnik.model.IndicatorKind;
import org.nastavnik.model.TargetIndicator;
import org.nastavnik.model.Fixtures;
import org.nastavnik.model.Roadmap;
import org.nastavnik.model.Snapshot;

class SnapshotJsonRoundTripTest {

    @Test
    void should_read_back_an_equal_snapshot_that_uses_every_entity() {
        // given
        Snapshot snapshot = Fixtures.fullSnapshot();

        // when
        Snapshot back = JsonDocument.SNAPSHOT.read(JsonDocument.SNAPSHOT.write(snapshot));

        // then
        assertEquals(snapshot, back);
    }

    @Test
    void should_write_the_same_text_twice() {
        assertEquals(JsonDocument.SNAPSHOT.write(Fixtures.fullSnapshot()),
                JsonDocument.SNAPSHOT.write(Fixtures.fullSnapshot()));
    }

    @Test
    void should_write_utf8_with_cyrillic_unescaped_lf_line_ends_and_a_final_line_end() throws IOException {
        // given
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        // when
        JsonDocument.SNAPSHOT.write(Fixtures.fullSnapshot(), out);

        // then
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(JsonDocument.SNAPSHOT.write(Fixtures.fullSnapshot()), text);
        assertTrue(text.contains("\"name\": \"МБОУ «СОШ № 12»\""), text);
        assertFalse(text.contains("\\u"), text);
        assertFalse(text.contains("\r"));
        assertTrue(text.endsWith("}\n"));
    }

    @Test
    void should_omit_empty_optionals_and_collections_and_keep_decimals_exact() {
        // when
        String text = JsonDocument.SNAPSHOT.write(Fixtures.fullSnapshot());

        // then
        assertTrue(text.contains("\"targetPercent\": 62.50"), text);
        assertTrue(text.contains("{\n      \"id\": \"e-1\",\n      \"kind\": \"EMPLOYER_REPRESENTATIVE\",\n"
                + "      \"organizationId\": \"zavod\"\n    }"), text);
    }

    @Test
    void should_write_a_deadline_as_its_canonical_russian_phrase_and_keep_the_cell_verbatim() {
        // when
        String text = JsonDocument.ROADMAP.write(Fixtures.fullRoadmap());

        // then
        assertTrue(text.contains("\"deadlineText\": \"До 07.03.2022 года\",\n"
                + "      \"deadline\": \"до 07.03.2022\",\n"), text);
        assertTrue(text.contains("\"deadline\": \"когда-нибудь потом\""), text);
    }

    @Test
    void should_keep_the_scale_of_decimals_written_with_an_exponent_or_trailing_zeros() {
        // given
        Snapshot snapshot = ImmutableSnapshot.copyOf(Fixtures.fullSnapshot()).withTargetIndicators(
                TargetIndicator.builder().indicator(IndicatorKind.STUDENT_MENTORS).year(2023)
                        .targetPercent(new BigDecimal("1E+1")).build(),
                TargetIndicator.builder().indicator(IndicatorKind.STUDENT_MENTEES).year(2023)
                        .targetPercent(new BigDecimal("0.000")).build());

        // when
        Snapshot back = JsonDocument.SNAPSHOT.read(JsonDocument.SNAPSHOT.write(snapshot));

        // then
        assertEquals(snapshot, back);
        assertEquals(-1, back.targetIndicators().get(0).targetPercent().scale());
        assertEquals(3, back.targetIndicators().get(1).targetPercent().scale());
    }

    @Test
    void should_read_from_a_stream_and_a_file(@TempDir Path dir) throws IOException {
        // given
        String text = JsonDocument.SNAPSHOT.write(Fixtures.fullSnapshot());
        Path file = Files.writeString(dir.resolve("snapshot.json"), text);

        // then
        assertEquals(Fixtures.fullSnapshot(), JsonDocument.SNAPSHOT.read(file));
        assertEquals(Fixtures.fullSnapshot(),
                JsonDocument.SNAPSHOT.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void should_round_trip_a_roadmap() throws IOException {
        // given
        Roadmap roadmap = Fixtures.fullRoadmap();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        // when
        JsonDocument.ROADMAP.write(roadmap, out);

        // then
        assertEquals(roadmap, JsonDocument.ROADMAP.read(JsonDocument.ROADMAP.write(roadmap)));
        assertEquals(roadmap, JsonDocument.ROADMAP.read(new ByteArrayInputStream(out.toByteArray())));
    }
}
