package org.nastavnik.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.nastavnik.json.JsonDocument;
import org.nastavnik.model.Snapshot;

class ReadmeJsonTest {

    @Test
    void should_read_the_snapshot_shown_in_readme() throws IOException {
        // given: the JSON block of README.md
        String readme = Files.readString(Path.of("").toAbsolutePath().getParent().resolve("README.md"),
                StandardCharsets.UTF_8);
        int start = readme.indexOf("```json\n") + "```json\n".length();
        String json = readme.substring(start, readme.indexOf("```", start));

        // when
        Snapshot snapshot = JsonDocument.SNAPSHOT.read(json);

        // then
        assertEquals(1, snapshot.mentorships().size());
        assertEquals("2022-09-16", snapshot.mentorships().get(0).formedOn().toString());
        assertTrue(JsonDocument.SNAPSHOT.read(JsonDocument.SNAPSHOT.write(snapshot)).equals(snapshot));
    }
}
