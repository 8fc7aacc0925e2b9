package org.nastavnik.roadmap;

import java.util.List;
import java.util.Objects;
import org.nastavnik.model.Roadmap;

/** The outcome of reading a document: the roadmap and every finding, in document order. */
public final class ImportResult {
    private final Roadmap roadmap;
    private final List<DocumentFinding> findings;

    private ImportResult(Roadmap roadmap, List<DocumentFinding> findings) {
        this.roadmap = Objects.requireNonNull(roadmap, "roadmap");
        this.findings = List.copyOf(findings);
    }

    /**
     * @param roadmap  the roadmap read, not null
     * @param findings  the findings, in document order, not null
     * @return the result
     */
    public static ImportResult of(Roadmap roadmap, List<DocumentFinding> findings) {
        return new ImportResult(roadmap, findings);
    }

    /** @return the roadmap, with everything that could be read */
    public Roadmap roadmap() {
        return roadmap;
    }

    /** @return every finding, in document order */
    public List<DocumentFinding> findings() {
        return findings;
    }

    /**
     * @param code  the code to look for, not null
     * @return the findings with that code, in document order
     */
    public List<DocumentFinding> findings(FindingCode code) {
        return findings.stream().filter(f -> f.code() == code).toList();
    }

    /**
     * @param code  the code to look for, not null
     * @return whether there is at least one finding with that code
     */
    public boolean hasFinding(FindingCode code) {
        return findings.stream().anyMatch(f -> f.code() == code);
    }

    @Override
    public String toString() {
        return "ImportResult[" + roadmap.id() + ", " + roadmap.activities().size() + " activities, "
                + findings.size() + " findings]";
    }
}
