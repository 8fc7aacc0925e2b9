package org.nastavnik.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nastavnik.model.Roadmap;

/**
 * Issue 16, "Done when": each seed reads from a .docx and from a text-layer PDF, both written from
 * the seed at test time, into the same activities and sections as from its text.
 */
class DocumentFormatsTest {

    private static Roadmap read(byte[] bytes, String seed) throws ImportException {
        return RoadmapReader.read(bytes, ReadOptions.of("seed-" + seed.substring(0, 3))).roadmap();
    }

    @ParameterizedTest
    @ValueSource(strings = {Seeds.SEED_000, Seeds.SEED_001, Seeds.SEED_002, Seeds.SEED_003, Seeds.SEED_004})
    void a_seed_reads_the_same_from_docx_as_from_text(String seed) throws ImportException {
        Roadmap text = Seeds.readWithoutTerritory(seed).roadmap();
        Roadmap docx = read(DocumentFixtures.docx(Seeds.text(seed)), seed);
        assertEquals(numbers(text), numbers(docx));
        assertEquals(text.activities(), docx.activities());
        assertEquals(text.sections(), docx.sections());
        assertEquals(text.approval(), docx.approval());
        assertEquals(text.territory(), docx.territory());
        assertEquals(text.kind(), docx.kind());
        assertEquals(text.workingGroup(), docx.workingGroup());
    }

    @ParameterizedTest
    @ValueSource(strings = {Seeds.SEED_000, Seeds.SEED_001, Seeds.SEED_002, Seeds.SEED_003, Seeds.SEED_004})
    void a_seed_reads_the_same_from_pdf_as_from_text(String seed) throws ImportException {
        Roadmap text = Seeds.readWithoutTerritory(seed).roadmap();
        Roadmap pdf = read(DocumentFixtures.pdf(Seeds.text(seed)), seed);
        assertEquals(numbers(text), numbers(pdf));
        assertEquals(text.activities(), pdf.activities());
        assertEquals(text.sections(), pdf.sections());
        assertEquals(text.approval(), pdf.approval());
        assertEquals(text.territory(), pdf.territory());
        assertEquals(text.kind(), pdf.kind());
    }

    private static List<String> numbers(Roadmap r) {
        return r.activities().stream().map(a -> a.number()).toList();
    }
}
