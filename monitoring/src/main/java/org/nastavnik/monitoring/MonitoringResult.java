package org.nastavnik.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.nastavnik.model.IndicatorKind;

/**
 * The indicators of a territory as of a date: one row per organization (by region, municipality
 * and name), per municipality, per region and for the whole. Immutable; equal when every row is.
 */
public final class MonitoringResult {
    private final LocalDate asOf;
    private final MonitoringProfile profile;
    private final List<Indicators> organizations;
    private final List<Indicators> municipalities;
    private final List<Indicators> regions;
    private final Indicators territory;

    MonitoringResult(LocalDate asOf, MonitoringProfile profile, List<Indicators> organizations,
            List<Indicators> municipalities, List<Indicators> regions, Indicators territory) {
        this.asOf = asOf;
        this.profile = profile;
        this.organizations = List.copyOf(organizations);
        this.municipalities = List.copyOf(municipalities);
        this.regions = List.copyOf(regions);
        this.territory = territory;
    }

    /** A share below its target: the row, the indicator, the share and the target. */
    public record BelowTarget(Indicators row, IndicatorKind indicator, Share share, BigDecimal target) {
    }

    /** @return the monitoring date */
    public LocalDate asOf() {
        return asOf;
    }

    /** @return the year whose targets apply: the year of the monitoring date */
    public int year() {
        return asOf.getYear();
    }

    /** @return the profile measured with */
    public MonitoringProfile profile() {
        return profile;
    }

    /** @return a row per organization that implements the model */
    public List<Indicators> organizations() {
        return organizations;
    }

    /** @return a row per municipality */
    public List<Indicators> municipalities() {
        return municipalities;
    }

    /** @return a row per region */
    public List<Indicators> regions() {
        return regions;
    }

    /** @return the whole territory */
    public Indicators territory() {
        return territory;
    }

    /**
     * @param scope  a scope, not null
     * @return its row, if there is one
     */
    public Optional<Indicators> row(Scope scope) {
        if (scope.level() == Scope.Level.TERRITORY) {
            return Optional.of(territory);
        }
        return Stream.of(organizations, municipalities, regions).flatMap(List::stream)
                .filter(i -> i.scope().equals(scope)).findFirst();
    }

    /**
     * @param indicator  an indicator, not null
     * @return the target for the monitoring year, if the profile sets one
     */
    public Optional<BigDecimal> target(IndicatorKind indicator) {
        return profile.target(indicator, year());
    }

    /** @return every measured share below the target of its indicator for the year, organizations first */
    public List<BelowTarget> belowTarget() {
        List<BelowTarget> out = new ArrayList<>();
        Stream.of(organizations, municipalities, regions, List.of(territory)).flatMap(List::stream).forEach(row -> {
            for (IndicatorKind k : Tally.SHARES) {
                Optional<BigDecimal> target = target(k);
                Share s = row.share(k);
                if (target.isPresent() && s.percent().isPresent() && s.percent().get().compareTo(target.get()) < 0) {
                    out.add(new BelowTarget(row, k, s, target.get()));
                }
            }
        });
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MonitoringResult r && asOf.equals(r.asOf) && organizations.equals(r.organizations)
                && municipalities.equals(r.municipalities) && regions.equals(r.regions)
                && territory.equals(r.territory);
    }

    @Override
    public int hashCode() {
        return Objects.hash(asOf, organizations, territory);
    }

    @Override
    public String toString() {
        return "MonitoringResult{asOf=" + asOf + ", organizations=" + organizations.size() + ", territory=" + territory
                + "}";
    }
}
