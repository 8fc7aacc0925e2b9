package org.nastavnik.suggest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nastavnik.model.DocumentRef;
import org.nastavnik.model.ImmutableSnapshot;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.Snapshot;

/**
 * The result of {@link PairSuggester#suggest}: the pairs and groups suggested (hand-fixed ones
 * first, then by organization and mentor), the mentees left without a mentor with reasons, and
 * the window for forming pairs in each organization. Immutable.
 */
public final class Suggestions {
    private final Scope scope;
    private final MentoringForm form;
    private final LocalDate asOf;
    private final LocalDate startOn;
    private final List<Suggestion> suggestions;
    private final List<Unmatched> unmatched;
    private final List<PairWindow> windows;
    private final List<String> checkedRules;
    private final String ruleSetVersion;

    Suggestions(Scope scope, MentoringForm form, LocalDate asOf, LocalDate startOn, List<Suggestion> suggestions,
            List<Unmatched> unmatched, List<PairWindow> windows, List<String> checkedRules, String ruleSetVersion) {
        this.scope = scope;
        this.form = form;
        this.asOf = asOf;
        this.startOn = startOn;
        this.suggestions = List.copyOf(suggestions);
        this.unmatched = List.copyOf(unmatched);
        this.windows = List.copyOf(windows);
        this.checkedRules = List.copyOf(checkedRules);
        this.ruleSetVersion = ruleSetVersion;
    }

    /** @return where the pairs were suggested */
    public Scope scope() {
        return scope;
    }

    /** @return the form */
    public MentoringForm form() {
        return form;
    }

    /** @return the day the suggestion was made as of */
    public LocalDate asOf() {
        return asOf;
    }

    /** @return the day the suggested pairs start, on which the engine checked them */
    public LocalDate startOn() {
        return startOn;
    }

    /** @return the pairs and groups, numbered from 1 in this order */
    public List<Suggestion> suggestions() {
        return suggestions;
    }

    /** @return the mentees left without a mentor, by id */
    public List<Unmatched> unmatched() {
        return unmatched;
    }

    /** @return the window for forming pairs of each organization with mentees in the pool, by organization id */
    public List<PairWindow> windows() {
        return windows;
    }

    /**
     * @param organizationId  an organization's id
     * @return its window, if it had mentees in the pool
     */
    public Optional<PairWindow> window(String organizationId) {
        return windows.stream().filter(w -> w.organizationId().equals(organizationId)).findFirst();
    }

    /** @return the ids of the pair-level rules every suggestion was checked against, sorted */
    public List<String> checkedRules() {
        return checkedRules;
    }

    /** @return the version of the rule set that checked them */
    public String ruleSetVersion() {
        return ruleSetVersion;
    }

    /**
     * Accepts the suggestions: a new snapshot with each as a mentorship formed on a day, with no
     * approval order. The given snapshot is not changed.
     *
     * @param snapshot  the snapshot suggested from, not null
     * @param formedOn  the day the pairs are formed, not null
     * @return the new snapshot
     * @throws IllegalArgumentException if an argument is null, or a person of a suggestion is not in the snapshot
     */
    public Snapshot acceptInto(Snapshot snapshot, LocalDate formedOn) {
        return accept(snapshot, formedOn, null);
    }

    /**
     * Accepts the suggestions as mentorships formed on a day and fixed by an order.
     *
     * @param snapshot  the snapshot suggested from, not null
     * @param formedOn  the day the pairs are formed, not null
     * @param approvalOrder  the order fixing the pairs (приказ о закреплении), not null
     * @return the new snapshot; the given one is not changed
     * @throws IllegalArgumentException if an argument is null, or a person of a suggestion is not in the snapshot
     */
    public Snapshot acceptInto(Snapshot snapshot, LocalDate formedOn, DocumentRef approvalOrder) {
        if (approvalOrder == null) {
            throw new IllegalArgumentException("acceptInto: approvalOrder (null): name the order or use acceptInto(snapshot, formedOn)");
        }
        return accept(snapshot, formedOn, approvalOrder);
    }

    private Snapshot accept(Snapshot snapshot, LocalDate formedOn, DocumentRef order) {
        List<String> problems = new ArrayList<>();
        if (snapshot == null) {
            problems.add("snapshot (null) is required");
        }
        if (formedOn == null) {
            problems.add("formedOn (null) is required");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("acceptInto: " + String.join("; ", problems));
        }
        Set<String> people = new HashSet<>();
        snapshot.people().forEach(p -> people.add(p.id()));
        Set<String> ids = new HashSet<>();
        snapshot.mentorships().forEach(m -> ids.add(m.id()));
        List<Mentorship> added = new ArrayList<>();
        for (Suggestion s : suggestions) {
            List<String> all = new ArrayList<>(s.menteeIds());
            all.add(0, s.mentorId());
            for (String id : all) {
                if (!people.contains(id)) {
                    problems.add("suggestion " + s.number() + ": person " + id + " is not in the snapshot");
                }
            }
            String id = s.organizationId() + "-" + form.name().toLowerCase(java.util.Locale.ROOT) + "-" + formedOn + "-"
                    + s.number();
            while (!ids.add(id)) {
                id = id + "x";
            }
            org.nastavnik.model.ImmutableMentorship.Builder m = Mentorship.builder().id(id)
                    .organizationId(s.organizationId()).form(s.form()).mentorId(s.mentorId()).menteeIds(s.menteeIds())
                    .formedOn(formedOn);
            if (order != null) {
                m.approvalOrder(order);
            }
            added.add(m.build());
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("acceptInto: " + String.join("; ", problems));
        }
        return ImmutableSnapshot.builder().from(snapshot).addAllMentorships(added).build();
    }

    @Override
    public String toString() {
        return "Suggestions{" + scope + ", " + form + ", startOn=" + startOn + ", " + suggestions.size()
                + " suggested, " + unmatched.size() + " unmatched}";
    }
}
