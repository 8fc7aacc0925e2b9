package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.Territory;
import org.nastavnik.roadmap.ImportException;

/** {@link DocumentCheck}: from roadmap documents to a report in one call, with the document findings. */
class DocumentCheckTest {
    private static final LocalDate AS_OF = LocalDate.of(2023, 1, 15);

    @TempDir
    Path dir;

    private Path seed(String file, String name) throws IOException {
        Path path = dir.resolve(name);
        try (InputStream in = DocumentCheckTest.class.getResourceAsStream("/seeds/" + file)) {
            Files.write(path, in.readAllBytes());
        }
        return path;
    }

    @Test
    void should_check_the_documents_roadmaps_with_their_document_findings() throws Exception {
        // given seed 003 (Belgorod) as a file beside an empty snapshot, twice under the same name
        Path order = seed("003_13c3d7daf42f483a.txt", "order.txt");
        Snapshot empty = Snapshot.builder().asOf(AS_OF).territory(Territory.municipality("31", "город Белгород")).build();
        // when
        ComplianceReport report = DocumentCheck.check(ComplianceEngine.federal(), empty, List.of(order, order),
                AS_OF, CheckOptions.defaults());
        // then both roadmaps are checked, each with the reader's notes (item 4.1 restates row 2.2, ...)
        List<String> notices = RoadmapFixtures.lines(report.findings("ROADMAP_DOCUMENT_NOTICE"));
        assertEquals(2, notices.stream().filter(l -> l.startsWith("ROADMAP_DOCUMENT_NOTICE TABLE_COLUMNS_SHIFTED")).count(),
                notices.toString());
        assertEquals(4, notices.stream().filter(l -> l.startsWith("ROADMAP_DOCUMENT_NOTICE ORDER_ITEM_RESTATES_ROW")).count(),
                notices.toString());
        assertEquals(List.of("order", "order-2"), report.findings("ROADMAP_APPROVAL_REFERENCE").stream()
                .map(f -> f.subjectIds(SubjectType.ROADMAP).get(0)).sorted().toList());
        assertEquals(List.of(LocalDate.of(2022, 3, 7), LocalDate.of(2022, 3, 7)), report.findings("ROADMAP_ACTIVITY_OVERDUE")
                .stream().filter(f -> f.isAbout("order/2.2") || f.isAbout("order-2/2.2"))
                .map(f -> f.dueDate().orElseThrow()).toList(), "row 2.2 overdue once per roadmap");
        assertEquals(0, empty.roadmaps().size(), "the snapshot passed is not changed");
    }

    @Test
    void should_refuse_an_unreadable_document_naming_it() throws Exception {
        // given an empty file
        Path blank = Files.createFile(dir.resolve("blank.docx"));
        Snapshot empty = Snapshot.builder().asOf(AS_OF).territory(Territory.region("31")).build();
        // when
        ImportException e = assertThrows(ImportException.class, () -> DocumentCheck.check(ComplianceEngine.federal(),
                empty, List.of(blank), AS_OF, CheckOptions.defaults()));
        // then
        assertTrue(e.getMessage().startsWith("roadmap file " + blank + ": "), e.getMessage());
    }
}
