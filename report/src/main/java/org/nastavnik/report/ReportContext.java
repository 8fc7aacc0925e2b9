package org.nastavnik.report;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.nastavnik.common.Language;
import org.nastavnik.model.Activity;
import org.nastavnik.model.Organization;
import org.nastavnik.model.Person;
import org.nastavnik.model.Roadmap;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.ComplianceReport;
import org.nastavnik.rules.RuleDescriptor;
import org.nastavnik.rules.SubjectNames;
import org.nastavnik.rules.SubjectRef;

/**
 * What a report is rendered from: the compliance report, the snapshot it was made from (for
 * the names of organizations and activities and the roadmap timeline), the rules' descriptors
 * (for their titles), the documents imported on the way (the demo's seeds), and whether people
 * may be named. Immutable.
 *
 * <pre>{@code
 * ReportContext context = ReportContext.of(report, snapshot).withRules(engine.rules());
 * }</pre>
 */
public final class ReportContext {

    private final ComplianceReport report;
    private final Snapshot snapshot;
    private final List<DocumentSummary> documents;
    private final Map<String, RuleDescriptor> rules;
    private final boolean personNames;

    private ReportContext(ComplianceReport report, Snapshot snapshot, List<DocumentSummary> documents,
            Map<String, RuleDescriptor> rules, boolean personNames) {
        this.report = Objects.requireNonNull(report, "report");
        this.snapshot = snapshot;
        this.documents = List.copyOf(documents);
        this.rules = rules;
        this.personNames = personNames;
    }

    /**
     * @param report  the report, not null
     * @param snapshot  the snapshot the report was made from, not null
     * @return the context, with no documents, people by id, and the federal rules' titles
     */
    public static ReportContext of(ComplianceReport report, Snapshot snapshot) {
        return new ReportContext(report, Objects.requireNonNull(snapshot, "snapshot"), List.of(), null, false);
    }

    /**
     * @param report  the report, not null
     * @return a context without a snapshot: subjects by id and no timeline
     */
    public static ReportContext of(ComplianceReport report) {
        return new ReportContext(report, null, List.of(), null, false);
    }

    /**
     * @param documents  the documents imported on the way to the snapshot, not null
     * @return a copy of this context with those documents
     */
    public ReportContext withDocuments(List<DocumentSummary> documents) {
        return new ReportContext(report, snapshot, documents, rules, personNames);
    }

    /**
     * @param descriptors  the descriptors of the rules that made the report ({@link ComplianceEngine#rules()}),
     *     for their titles; without them, the federal catalogue's are used and other rules are shown by id
     * @return a copy of this context with those rules
     */
    public ReportContext withRules(Collection<RuleDescriptor> descriptors) {
        Map<String, RuleDescriptor> byId = new HashMap<>();
        descriptors.forEach(d -> byId.put(d.id(), d));
        return new ReportContext(report, snapshot, documents, Map.copyOf(byId), personNames);
    }

    /**
     * People are named by id in every report unless the caller asks for names: for a report
     * meant for the people of the organization, who know whom the findings are about.
     *
     * @return a copy of this context that names people by their full names where the snapshot has them
     */
    public ReportContext withPersonNames() {
        return new ReportContext(report, snapshot, documents, rules, true);
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

    /** @return whether people are named by their names (else by id) */
    public boolean personNames() {
        return personNames;
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

    /**
     * @param ruleId  a rule id
     * @param language  the language
     * @return the rule's short title, or its id if the rule is not known
     */
    public String ruleTitle(String ruleId, Language language) {
        return rule(ruleId).map(d -> d.title(language)).orElse(ruleId);
    }

    /**
     * @param ruleId  a rule id
     * @return its descriptor, from the rules given or else the federal catalogue
     */
    public Optional<RuleDescriptor> rule(String ruleId) {
        if (rules != null) {
            return Optional.ofNullable(rules.get(ruleId));
        }
        return FederalRules.BY_ID.containsKey(ruleId) ? Optional.of(FederalRules.BY_ID.get(ruleId)) : Optional.empty();
    }

    /**
     * How texts of this report name subjects: organizations by name, roadmaps by title,
     * activities by number and title, people by id (by name after {@link #withPersonNames()}),
     * everything else by id.
     *
     * @return the names
     */
    public SubjectNames subjectNames() {
        if (snapshot == null) {
            return SubjectNames.IDS;
        }
        Map<String, String> orgs = organizationNames();
        Map<String, Roadmap> roadmaps = new HashMap<>();
        snapshot.roadmaps().forEach(r -> roadmaps.put(r.id(), r));
        Map<String, String> people = new HashMap<>();
        if (personNames) {
            for (Person p : snapshot.people()) {
                p.fullName().ifPresent(n -> people.put(p.id(), n));
            }
        }
        return (subject, language) -> switch (subject.type()) {
            case ORGANIZATION -> Optional.ofNullable(orgs.get(subject.id()));
            case PERSON -> Optional.ofNullable(people.get(subject.id()));
            case ROADMAP -> Optional.ofNullable(roadmaps.get(subject.id())).map(r -> "«" + Wrap.shorten(r.title(), 90) + "»");
            case ACTIVITY -> activity(roadmaps, subject);
            default -> Optional.empty();
        };
    }

    private static Optional<String> activity(Map<String, Roadmap> roadmaps, SubjectRef subject) {
        int slash = subject.id().lastIndexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        Roadmap r = roadmaps.get(subject.id().substring(0, slash));
        String number = subject.id().substring(slash + 1);
        if (r == null) {
            return Optional.empty();
        }
        for (Activity a : r.activities()) {
            if (a.number().equals(number)) {
                return Optional.of(number + " «" + Wrap.shorten(a.title(), 120) + "»");
            }
        }
        return Optional.empty();
    }

    /** The federal catalogue's descriptors, read on first use. */
    private static final class FederalRules {
        static final Map<String, RuleDescriptor> BY_ID;

        static {
            Map<String, RuleDescriptor> m = new HashMap<>();
            ComplianceEngine.federal().rules().forEach(d -> m.put(d.id(), d));
            BY_ID = Map.copyOf(m);
        }
    }
}
