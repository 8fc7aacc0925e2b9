package org.nastavnik.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.nastavnik.model.Organization;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.ComplianceReport;

/**
 * What a report is rendered from: the compliance report, the snapshot it was made from (for
 * organization names and the roadmap timeline) and the documents imported on the way (the demo's
 * seeds). Immutable.
 */
public final class ReportContext {

    private final ComplianceReport report;
    private final Snapshot snapshot;
    private final List<DocumentSummary> documents;

    private ReportContext(ComplianceReport report, Snapshot snapshot, List<DocumentSummary> documents) {
        this.report = Objects.requireNonNull(report, "report");
        this.snapshot = snapshot;
        this.documents = List.copyOf(documents);
    }

    /**
     * @param report  the report, not null
     * @param snapshot  the snapshot the report was made from, not null
     * @return the context, with no documents
     */
    public static ReportContext of(ComplianceReport report, Snapshot snapshot) {
        return new ReportContext(report, Objects.requireNonNull(snapshot, "snapshot"), List.of());
    }

    /**
     * @param report  the report, not null
     * @return a context without a snapshot: no organization names and no timeline
     */
    public static ReportContext of(ComplianceReport report) {
        return new ReportContext(report, null, List.of());
    }

    /**
     * @param documents  the documents imported on the way to the snapshot, not null
     * @return a copy of this context with those documents
     */
    public ReportContext withDocuments(List<DocumentSummary> documents) {
        return new ReportContext(report, snapshot, documents);
    }

    /** @return the compliance report */
    public ComplianceReport report() {
        return report;
    }

    /** @return the snapshot the report was made from, if known */
    public Optional<Snapshot> snapshot() {
        return Optional.ofNullable(snapshot);
    }

    /** @return the documents imported on the way, in order */
    public List<DocumentSummary> documents() {
        return documents;
    }

    /** @return organization names by id, in the snapshot's order; empty without a snapshot */
    public Map<String, String> organizationNames() {
        Map<String, String> names = new LinkedHashMap<>();
        if (snapshot != null) {
            for (Organization o : snapshot.organizations()) {
                names.put(o.id(), o.name());
            }
        }
        return names;
    }
}
