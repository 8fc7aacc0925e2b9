package org.nastavnik.rules;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.nastavnik.model.Roadmap;
import org.nastavnik.model.Snapshot;
import org.nastavnik.roadmap.ImportException;
import org.nastavnik.roadmap.ReadOptions;
import org.nastavnik.roadmap.RoadmapReader;

/**
 * One step from roadmap documents to a report (проверка по документам): reads each document (.docx,
 * text-layer PDF or text) with {@link RoadmapReader}, adds the roadmaps to the snapshot, and checks
 * it. What the reader noticed in a document travels with its roadmap and is reported by
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
        return engine.check(withDocuments(snapshot, documents), asOf, options);
    }

    /**
     * Reads each document into a roadmap, with the id of its file name (without the extension;
     * «-2», «-3» added where the snapshot or another document already has that id), its territory
     * and period read from the document itself, and adds them to the snapshot.
     *
     * @param snapshot  the snapshot, not null; not changed
     * @param documents  the roadmap documents, not null
     * @return a new snapshot with the roadmaps added
     * @throws ImportException if a document cannot be read at all; the message names it
     * @throws org.nastavnik.model.ValidationException if a roadmap cannot join the snapshot
     */
    public static Snapshot withDocuments(Snapshot snapshot, List<Path> documents) throws ImportException {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(documents, "documents");
        Set<String> ids = new HashSet<>();
        snapshot.roadmaps().forEach(r -> ids.add(r.id()));
        List<Roadmap> roadmaps = new ArrayList<>();
        for (Path document : documents) {
            String base = document.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            String id = base.isBlank() ? "roadmap" : base;
            for (int n = 2; ids.contains(id); n++) {
                id = base + "-" + n;
            }
            ids.add(id);
            roadmaps.add(RoadmapReader.read(document, ReadOptions.of(id)).roadmap());
        }
        return Snapshot.builder().from(snapshot).addAllRoadmaps(roadmaps).build();
    }
}
