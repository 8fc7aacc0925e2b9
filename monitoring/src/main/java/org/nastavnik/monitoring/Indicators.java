package org.nastavnik.monitoring;

import java.util.Objects;
import java.util.Optional;
import org.nastavnik.model.IndicatorKind;
import org.nastavnik.model.MentoringForm;

/**
 * The indicators of one scope as of the monitoring date: counts of pairs and groups by form and
 * status, pairs fixed by an order, mentors, mentees by kind, and the shares with numerator and
 * denominator. Immutable.
 */
public final class Indicators {
    private final Scope scope;
    private final String municipality;
    private final Tally tally;

    Indicators(Scope scope, String municipality, Tally tally) {
        this.scope = Objects.requireNonNull(scope);
        this.municipality = municipality;
        this.tally = tally.copy();
    }

    /** @return what the row covers */
    public Scope scope() {
        return scope;
    }

    /** @return the municipality of an organization or municipality row, if it has one */
    public Optional<String> municipality() {
        return Optional.ofNullable(municipality);
    }

    /** @return how many organizations are summed (1 for an organization) */
    public int organizations() {
        return tally.organizations;
    }

    /**
     * @param measure  the number, not null
     * @return its value
     */
    public int count(Measure measure) {
        return tally.counts[measure.ordinal()];
    }

    /**
     * @param form  the form, not null
     * @param completed  true for completed before the date, false for active
     * @param groups  true for groups, false for pairs
     * @return how many pairs or groups of that form and status
     */
    public int pairs(MentoringForm form, boolean completed, boolean groups) {
        return tally.byForm[form.ordinal() * 4 + (completed ? 2 : 0) + (groups ? 1 : 0)];
    }

    /**
     * @param indicator  one of {@link #sharesComputed()}, not null
     * @return the share
     * @throws IllegalArgumentException if the indicator is not computed
     */
    public Share share(IndicatorKind indicator) {
        int i = Tally.share(indicator);
        return new Share(indicator, tally.involved[i], tally.total[i], tally.measured[i], tally.unmeasured[i]);
    }

    /** @return the indicators whose shares are computed, in column order */
    public static java.util.List<IndicatorKind> sharesComputed() {
        return Tally.SHARES;
    }

    Tally tally() {
        return tally;
    }

    /** @return equal when the scope and every number are */
    @Override
    public boolean equals(Object o) {
        return o instanceof Indicators i && scope.equals(i.scope) && tally.equals(i.tally);
    }

    @Override
    public int hashCode() {
        return scope.hashCode() * 31 + tally.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(scope.toString()).append('{');
        for (Measure m : Measure.values()) {
            sb.append(m).append('=').append(count(m)).append(", ");
        }
        Tally.SHARES.forEach(k -> sb.append(share(k)).append(", "));
        return sb.append("organizations=").append(organizations()).append('}').toString();
    }
}
