package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nastavnik.rules.Fixtures.date;
import static org.nastavnik.rules.RoadmapFixtures.roadmap;
import static org.nastavnik.rules.RoadmapFixtures.snapshot;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.DocumentNote;
import org.nastavnik.common.Language;
import org.nastavnik.model.Roadmap;
import org.nastavnik.roadmap.FindingCode;
import org.nastavnik.roadmap.FindingLevel;
import org.nastavnik.rules.federal.RoadmapChecks;

/**
 * ROADMAP_DOCUMENT_DEFECT and ROADMAP_DOCUMENT_NOTICE: what the reader of a roadmap's document
 * noted reaches the check, once, with one severity per defect wherever it is found.
 */
class RoadmapDocumentFindingsTest {

    private final ComplianceEngine engine = ComplianceEngine.federal();

    private static DocumentNote note(FindingCode code, int line) {
        return DocumentNote.builder().code(code.name()).level(DocumentNote.Level.valueOf(code.level().name()))
                .russian("замечание " + code.russian().toLowerCase()).english("note " + code.english().toLowerCase())
                .line(line).snippet("Боброва Т.С.").build();
    }

    @Test
    void should_report_each_note_once_with_the_severity_of_its_level() {
        // given a roadmap whose reader noted a defect, a layout notice and an appendix mismatch
        Roadmap rm = roadmap().addDocumentNotes(note(FindingCode.SAME_SURNAME_DIFFERENT_INITIALS, 49),
                note(FindingCode.TABLE_COLUMNS_SHIFTED, 70), note(FindingCode.APPENDIX_NUMBER_MISMATCH, 46)).build();
        // when
        ComplianceReport report = engine.check(snapshot(rm).build(), date("15.01.2023"));
        // then
        List<Finding> defects = report.findings("ROADMAP_DOCUMENT_DEFECT");
        assertEquals(List.of("ROADMAP_DOCUMENT_DEFECT SAME_SURNAME_DIFFERENT_INITIALS 49"), RoadmapFixtures.lines(defects));
        assertEquals(Severity.WARNING, defects.get(0).severity());
        assertEquals("Документ дорожной карты rm: замечание одна фамилия встречается с разными инициалами.",
                defects.get(0).message(Language.RU));
        assertEquals("The document of roadmap rm: note one surname appears with different initials.",
                defects.get(0).message(Language.EN));
        List<Finding> notices = report.findings("ROADMAP_DOCUMENT_NOTICE");
        assertEquals(List.of("ROADMAP_DOCUMENT_NOTICE TABLE_COLUMNS_SHIFTED 70"), RoadmapFixtures.lines(notices));
        assertEquals(Severity.NOTICE, notices.get(0).severity());
        // the appendix mismatch is the rule's, not a second finding (the roadmap has no appendix reference here)
        assertEquals(List.of(), report.findings("ROADMAP_APPROVAL_REFERENCE"));
    }

    @Test
    void should_give_a_defect_the_same_severity_at_import_and_in_the_check() {
        for (FindingCode code : FindingCode.values()) {
            String rule = RoadmapChecks.ruleCheckingNote(code.name())
                    .orElse(code.level() == FindingLevel.INFO ? "ROADMAP_DOCUMENT_NOTICE" : "ROADMAP_DOCUMENT_DEFECT");
            Severity expected = code.level() == FindingLevel.INFO ? Severity.NOTICE : Severity.WARNING;
            assertEquals(expected, engine.rule(rule).orElseThrow().severity(), code + " is reported by " + rule);
        }
    }
}
