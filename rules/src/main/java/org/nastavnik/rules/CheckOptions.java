package org.nastavnik.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * Options of one check: the horizon for upcoming findings and a subject to explain. Immutable;
 * each {@code with*} method returns a copy.
 */
public final class CheckOptions {

    private static final CheckOptions DEFAULTS = new CheckOptions(0, null);

    private final int horizonDays;
    private final String explainSubject;

    private CheckOptions(int horizonDays, String explainSubject) {
        if (horizonDays < 0 || horizonDays > 3660) {
            throw new IllegalArgumentException("horizon is out of range (" + horizonDays + " days); allowed: 0..3660");
        }
        this.horizonDays = horizonDays;
        this.explainSubject = explainSubject;
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
        return new CheckOptions(days, explainSubject);
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
        return new CheckOptions(horizonDays, subjectId);
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
        return "CheckOptions{horizonDays=" + horizonDays + ", explain=" + explainSubject + "}";
    }
}
