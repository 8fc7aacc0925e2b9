package org.nastavnik.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.nastavnik.model.IndicatorKind;
import org.nastavnik.model.IndicatorValue;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.Change;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.ComplianceReport;
import org.nastavnik.rules.ComplianceSession;
import org.nastavnik.rules.FindingChanges;

/**
 * A live {@link ComplianceSession} whose computed indicator values follow the data: each change
 * goes to the session and to an {@link IndicatorAccumulator}, and the values of the
 * organizations it touched (and of the territory) are replaced in the session in the same
 * firing, so that {@code TARGET_INDICATOR_BELOW} judges the numbers as they are now. Not
 * thread-safe; close it.
 */
public final class MonitoringSession implements AutoCloseable {
    private final IndicatorAccumulator accumulator;
    private final ComplianceSession session;
    private final Map<String, IndicatorValue> values = new HashMap<>();
    private final int year;

    MonitoringSession(Monitoring monitoring, ComplianceEngine engine, Snapshot snapshot, LocalDate asOf) {
        Objects.requireNonNull(engine, "engine");
        this.accumulator = monitoring.accumulator(snapshot, asOf);
        this.year = asOf.getYear();
        Snapshot start = monitoring.withComputedValues(snapshot, asOf);
        start.indicatorValues().stream().filter(IndicatorValue::computed).forEach(v -> values.put(key(v), v));
        this.session = engine.openSession(start, asOf);
    }

    private static String key(IndicatorValue v) {
        return v.indicator() + "|" + v.organizationId().orElse("");
    }

    /**
     * Applies a change to the data and to the indicators, then fires the rules once.
     *
     * @param change  the change, not null
     * @return the findings added and removed
     * @throws IllegalArgumentException as {@link ComplianceSession#apply}; the indicators are then left as they were
     */
    public FindingChanges apply(Change change) {
        Objects.requireNonNull(change, "change");
        Change undo = accumulator.apply(change);
        Set<String> recounted = accumulator.recount();
        List<Change> changes = new ArrayList<>();
        changes.add(change);
        Map<String, IndicatorValue> next = new HashMap<>();
        Rollup rollup = accumulator.rollup();
        for (String org : recounted) {
            Tally t = rollup.tally(org);
            for (IndicatorKind k : Tally.SHARES) {
                if (t != null) {
                    int i = Tally.share(k);
                    if (t.measured[i] == 1 && t.total[i] > 0 && t.involved[i] <= t.total[i]) {
                        IndicatorValue v = new Share(k, t.involved[i], t.total[i], 1, 0).toIndicatorValue(year, org);
                        next.put(key(v), v);
                    }
                }
                replace(k + "|" + org, next, changes);
            }
        }
        Tally whole = rollup.territory();
        for (IndicatorKind k : Tally.SHARES) {
            int i = Tally.share(k);
            if (whole.total[i] > 0 && whole.involved[i] <= whole.total[i]) {
                IndicatorValue v = new Share(k, whole.involved[i], whole.total[i], whole.measured[i],
                        whole.unmeasured[i]).toIndicatorValue(year, null);
                next.put(key(v), v);
            }
            replace(k + "|", next, changes);
        }
        try {
            FindingChanges result = session.applyAll(changes);
            changes.stream().skip(1).forEach(c -> {
                IndicatorValue v = (IndicatorValue) c.record();
                if (c.kind() == Change.Kind.PUT) {
                    values.put(key(v), v);
                } else {
                    values.remove(key(v));
                }
            });
            return result;
        } catch (IllegalArgumentException e) {
            if (undo != null) {
                accumulator.apply(undo);
            }
            accumulator.recount();
            throw e;
        }
    }

    private void replace(String key, Map<String, IndicatorValue> next, List<Change> changes) {
        IndicatorValue old = values.get(key);
        IndicatorValue now = next.get(key);
        if (Objects.equals(old, now)) {
            return;
        }
        if (old != null) {
            changes.add(Change.remove(old));
        }
        if (now != null) {
            changes.add(Change.put(now));
        }
    }

    /** @return the findings that hold now */
    public ComplianceReport report() {
        return session.report();
    }

    /** @return the indicators as they stand now */
    public MonitoringResult indicators() {
        return accumulator.result();
    }

    /** Frees the session. */
    @Override
    public void close() {
        session.close();
    }
}
