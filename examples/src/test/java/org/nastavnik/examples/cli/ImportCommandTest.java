package org.nastavnik.examples.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nastavnik.examples.demo.Seed;

class ImportCommandTest {

    @TempDir
    Path dir;

    @Test
    void should_print_the_roadmap_and_its_document_findings() {
        // given
        Path file = Fixtures.write(dir, "belgorod.txt", Seed.BELGOROD.text());
        // when
        Run run = Run.of("import", file.toString(), "--region", "31", "--municipality", "город Белгород");
        // then
        assertAll(
                () -> assertEquals(Cli.OK, run.exitCode(), run.err()),
                () -> assertTrue(run.out().contains("Мероприятий: 19\n"), run.out()),
                () -> assertTrue(run.out().contains("[WARNING] APPENDIX_NUMBER_MISMATCH"), run.out()));
    }

    @Test
    void should_write_the_roadmap_as_json() throws Exception {
        // given
        Path file = Fixtures.write(dir, "tashtagol.txt", Seed.TASHTAGOL.text());
        // when
        Run run = Run.of("import", file.toString(), "--format", "json", "--id", "t");
        // then
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertAll(
                () -> assertEquals(Cli.OK, run.exitCode()),
                () -> assertEquals("t", root.get("roadmap").get("id").asText()),
                () -> assertEquals(13, root.get("roadmap").get("activities").size(), "5.1 is a group heading"),
                () -> assertEquals("Таштагольский муниципальный район",
                        root.get("roadmap").get("territory").get("municipality").asText()),
                () -> assertTrue(root.get("roadmap").get("territory").get("region") == null,
                        "the document names no region, and none is made up"));
    }

    @Test
    void should_name_a_missing_file() {
        // when
        Run run = Run.of("import", dir.resolve("nope.txt").toString());
        // then
        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertEquals("nastavnik: " + dir.resolve("nope.txt") + ": no such file", run.oneLineError());
    }

    @Test
    void should_refuse_a_bad_region_code() {
        // given
        Path file = Fixtures.write(dir, "t.txt", Seed.TASHTAGOL.text());
        // when
        Run run = Run.of("import", file.toString(), "--region", "0");
        // then
        assertEquals(Cli.BAD_INPUT, run.exitCode());
        assertEquals("nastavnik: --region \"0\": region code (0) must be two digits from 01 to 99, such as 31 for the "
                + "Belgorod region", run.oneLineError());
    }
}
