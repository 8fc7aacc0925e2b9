package org.nastavnik.rules.facts;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.nastavnik.model.MentoringForm;

/**
 * A fact for rules: the days on which one organization formed pairs or groups of one form
 * (даты формирования наставнических пар или групп одной формы). The engine derives one per
 * organization and form that has pairs, so that a rule asking whether any pair of a form was
 * formed in a period joins one fact instead of every pair of the territory.
 */
public final class FormedPairs {

    private final String organizationId;
    private final MentoringForm form;
    private final List<LocalDate> days;

    /** @param days  the days, distinct and ascending */
    FormedPairs(String organizationId, MentoringForm form, List<LocalDate> days) {
        this.organizationId = Objects.requireNonNull(organizationId, "organizationId");
        this.form = Objects.requireNonNull(form, "form");
        this.days = Collections.unmodifiableList(days);
    }

    /** @return the organization */
    public String organizationId() {
        return organizationId;
    }

    /** @return the form */
    public MentoringForm form() {
        return form;
    }

    /** @return the distinct days pairs or groups of the form were formed, ascending */
    public List<LocalDate> days() {
        return days;
    }

    /**
     * @param fromInclusive  the first day, not null
     * @param toInclusive  the last day, not null
     * @return whether a pair or group of the form was formed on a day from the first to the last
     */
    public boolean anyFormedBetween(LocalDate fromInclusive, LocalDate toInclusive) {
        int i = Collections.binarySearch(days, fromInclusive);
        int first = i >= 0 ? i : -i - 1;
        return first < days.size() && !days.get(first).isAfter(toInclusive);
    }

    @Override
    public String toString() {
        return "FormedPairs{" + organizationId + " " + form + " " + days + "}";
    }
}
