package org.nastavnik.rules;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.nastavnik.model.Snapshot;
import org.nastavnik.roadmap.ImportException;
import org.nastavnik.roadmap.RoadmapReader;

/**
 * One step from roadmap documents to a report (проверка по документам): reads each document (.docx,
 * text-layer PDF or text) and adds its roadmap to the snapshot ({@link RoadmapReader#addTo}), and
 * checks it. What the reader noticed in a document travels with its roadmap and is reported by
 * {@code ROADMAP_DOCUMENT_DEFECT} and {@code ROADMAP_DOCUMENT_NOTICE}, with the same severity as the
 * same defect anywhere else.
 *
 * <pre>{@code
 * ComplianceReport report = DocumentCheck.check(ComplianceEngine.federal(), snapshot,
 *         List.of(Path.of("order.docx")), LocalDate.of(2022, 10, 1), CheckOptions.defaults());
 * }</pre>
 */
public final class DocumentCheck {

    private DocumentCheck() {
    }

    /**
     * @param engine  the engine, not null
     * @param snapshot  the snapshot the roadmaps are added to, not null; not changed
     * @param documents  the roadmap documents, not null
     * @param asOf  the day to check as of, not null
     * @param options  the check's options, not null
     * @return the report, with the documents' roadmaps and their document findings
     * @throws ImportException if a document cannot be read at all; the message names it
     * @throws org.nastavnik.model.ValidationException if a roadmap cannot join the snapshot
     */
    public static ComplianceReport check(ComplianceEngine engine, Snapshot snapshot, List<Path> documents,
            LocalDate asOf, CheckOptions options) throws ImportException {
        Objects.requireNonNull(engine, "engine");
        return engine.check(RoadmapReader.addTo(snapshot, documents), asOf, options);
    }
}
