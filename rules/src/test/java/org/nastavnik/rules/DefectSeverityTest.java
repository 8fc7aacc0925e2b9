package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.roadmap.FindingCode;
import org.nastavnik.roadmap.FindingLevel;

/**
 * One severity per defect kind: a roadmap defect found when the document is read (a
 * {@link FindingCode}) and by the check (a rule) has the same weight in both (ERROR and
 * VIOLATION, WARNING and WARNING, INFO and NOTICE).
 */
class DefectSeverityTest {

    /** The defects both the reader and a rule report. */
    private static final Map<FindingCode, String> BOTH = Map.of(
            FindingCode.APPENDIX_REFERENCE_BLANK, "ROADMAP_APPROVAL_REFERENCE_BLANK",
            FindingCode.APPENDIX_NUMBER_MISMATCH, "ROADMAP_APPROVAL_REFERENCE",
            FindingCode.APPENDIX_DATE_MISMATCH, "ROADMAP_APPROVAL_REFERENCE");

    @Test
    void should_weigh_a_defect_the_same_at_import_and_in_the_check() {
        BOTH.forEach((code, rule) -> assertEquals(severity(code.level()),
                ComplianceEngine.federal().rule(rule).orElseThrow().severity(), code + " and " + rule));
    }

    private static Severity severity(FindingLevel level) {
        return switch (level) {
            case ERROR -> Severity.VIOLATION;
            case WARNING -> Severity.WARNING;
            case INFO -> Severity.NOTICE;
        };
    }
}
