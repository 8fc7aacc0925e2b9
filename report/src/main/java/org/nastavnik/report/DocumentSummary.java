package org.nastavnik.report;

import java.util.List;
import java.util.Objects;
import org.nastavnik.model.Territory;
import org.nastavnik.roadmap.DocumentFinding;

/**
 * An imported roadmap document, as a report mentions it: its id, territory, number of
 * activities and document findings.
 *
 * @param roadmapId  the id given to the roadmap, not null
 * @param territory  the territory the document covers, not null
 * @param activities  the number of activities read, at least 0
 * @param findings  the document findings, not null
 */
public record DocumentSummary(String roadmapId, Territory territory, int activities, List<DocumentFinding> findings) {

    /**
     * Checks the parts.
     *
     * @param roadmapId  the id given to the roadmap, not null
     * @param territory  the territory the document covers, not null
     * @param activities  the number of activities read, at least 0
     * @param findings  the document findings, not null
     * @throws IllegalArgumentException if {@code activities} is negative
     */
    public DocumentSummary {
        Objects.requireNonNull(roadmapId, "roadmapId");
        Objects.requireNonNull(territory, "territory");
        findings = List.copyOf(findings);
        if (activities < 0) {
            throw new IllegalArgumentException("activities is negative (" + activities + ")");
        }
    }
}
