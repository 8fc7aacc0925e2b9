package org.nastavnik.rules;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Options of one check: the horizon for upcoming findings and a subject to explain. Immutable;
 * each {@code with*} method returns a copy.
 */
public final class CheckOptions {

    private static final CheckOptions DEFAULTS = new CheckOptions(0, null, null);

    private final int horizonDays;
    private final String explainSubject;
    private final Set<String> onlyRules;

    private CheckOptions(int horizonDays, String explainSubject, Set<String> onlyRules) {
        if (horizonDays < 0 || horizonDays > 3660) {
            throw new IllegalArgumentException("horizon is out of range (" + horizonDays + " days); allowed: 0..3660");
        }
        this.horizonDays = horizonDays;
        this.explainSubject = explainSubject;
        this.onlyRules = onlyRules;
    }

    /** @return no horizon (no upcoming findings), no explanation */
    public static CheckOptions defaults() {
        return DEFAULTS;
    }

    /**
     * @param days  the days after the check date within which to list upcoming findings, 0..3660
     * @return options with that horizon
     * @throws IllegalArgumentException if {@code days} is out of range
     */
    public CheckOptions withHorizonDays(int days) {
        return new CheckOptions(days, explainSubject, onlyRules);
    }

    /**
     * Asks the report to explain, for one subject, which rules were evaluated and whether each
     * fired about it (see {@link ComplianceReport#explanation()}). Slower; meant for debugging.
     *
     * @param subjectId  the id of an organization, person, mentorship, roadmap or other record, not blank
     * @return options with that subject to explain
     * @throws IllegalArgumentException if {@code subjectId} is blank
     */
    public CheckOptions withExplain(String subjectId) {
        if (Objects.requireNonNull(subjectId, "subjectId").isBlank()) {
            throw new IllegalArgumentException("subject to explain is blank");
        }
        return new CheckOptions(horizonDays, subjectId, onlyRules);
    }

    /**
     * Fires only the rules with these ids in this check; the others are evaluated by the engine
     * but never fire, and the report lists only these as evaluated. For a check that does not
     * even evaluate the other rules, build an engine with
     * {@link ComplianceEngineBuilder#onlyRules(java.util.Collection)}.
     *
     * @param ruleIds  the rule ids, such as {@code PAIR_FORMED_LATE}, not null, not empty
     * @return options that fire only those rules
     * @throws IllegalArgumentException if {@code ruleIds} is empty; an id the engine does not
     *     have is rejected by {@link ComplianceEngine#check(org.nastavnik.model.Snapshot, java.time.LocalDate, CheckOptions)}
     */
    public CheckOptions withOnlyRules(Set<String> ruleIds) {
        Objects.requireNonNull(ruleIds, "ruleIds");
        if (ruleIds.isEmpty()) {
            throw new IllegalArgumentException("the set of rules to fire is empty; name at least one rule id");
        }
        return new CheckOptions(horizonDays, explainSubject, Set.copyOf(new TreeSet<>(ruleIds)));
    }

    /** @return the ids of the only rules to fire, if restricted by {@link #withOnlyRules(Set)} */
    public Optional<Set<String>> onlyRules() {
        return Optional.ofNullable(onlyRules);
    }

    /** @return the horizon in days; 0 means no upcoming findings */
    public int horizonDays() {
        return horizonDays;
    }

    /** @return the id of the subject to explain, if any */
    public Optional<String> explainSubject() {
        return Optional.ofNullable(explainSubject);
    }

    @Override
    public String toString() {
        return "CheckOptions{horizonDays=" + horizonDays + ", explain=" + explainSubject
                + (onlyRules == null ? "" : ", onlyRules=" + new TreeSet<>(onlyRules)) + "}";
    }
}
