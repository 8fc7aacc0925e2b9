package org.nastavnik.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.nastavnik.model.Bounds;
import org.nastavnik.model.CuratorAppointment;
import org.nastavnik.model.Meeting;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.Problem;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.ValidationException;
import org.nastavnik.rules.facts.Facts;
import org.nastavnik.rules.spi.CheckContext;

/**
 * A stateful Drools session with a handle per record. Consequences insert their findings
 * logically (truth maintenance), so a finding whose conditions stop holding is retracted by
 * Drools; a listener turns insertions and retractions into {@link FindingChanges}. Every rule
 * of the engine fires; the report and the changes show the findings of the rules in force on
 * the session's day only, so that moving the day across a rule's first day shows its findings.
 */
final class DefaultComplianceSession implements ComplianceSession {

    private final DefaultComplianceEngine engine;
    private final KieSession session;
    /**
     * Per kind of record, per identity within the kind: the record's handle, or the record itself
     * if no rule matches its class. Keyed by the records' own ids, so that holding a region's
     * 300,000 records makes no key strings.
     */
    private final Map<String, Map<Object, Object>> handles = new HashMap<>();
    /** The facts derived from the records, brought up to date before rules fire. */
    private final Facts.Live derived;
    /** The findings held, and those the report shows: one per key and kind. */
    private final ShownFindings current = new ShownFindings();
    private FactHandle contextHandle;
    private CheckContext context;
    /** The rules in force as of the session's day: the report shows only their findings. */
    private RulesInForce.Period period;
    private boolean closed;

    DefaultComplianceSession(DefaultComplianceEngine engine, Snapshot snapshot, LocalDate asOf) {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(asOf, "asOf");
        this.engine = engine;
        this.session = engine.sessionBase().newKieSession();
        this.derived = engine.sessionFactTypes().live();
        try {
            if (engine.hasFindingsGlobal()) {
                session.setGlobal(DefaultComplianceEngine.FINDINGS_GLOBAL, new Collector(engine.texts(), true));
            }
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    if (event.getObject() instanceof Finding f) {
                        current.add(f);
                    }
                }

                @Override
                public void objectDeleted(ObjectDeletedEvent event) {
                    if (event.getOldObject() instanceof Finding f) {
                        current.remove(f);
                    }
                }
            });
            this.context = CheckContext.of(asOf, 0, engine.parameters(), engine.workCalendar());
            this.period = engine.inForce(asOf);
            this.contextHandle = session.insert(context);
            Facts.forEachRecord(snapshot, record -> {
                derived.add(record);
                put(record);
            });
            fire();
        } catch (RuntimeException e) {
            session.dispose();
            throw e;
        }
    }

    @Override
    public LocalDate asOf() {
        return context.asOf();
    }

    @Override
    public ComplianceReport report() {
        open();
        ComplianceReport.Builder report = ComplianceReport.builder()
                .asOf(context.asOf())
                .ruleSetVersion(engine.ruleSetVersion() + period.version())
                .horizonDays(0)
                .rulesEvaluated(engine.evaluatedRules().stream().filter(period::contains)
                        .collect(java.util.stream.Collectors.toUnmodifiableList()));
        engine.waivers().forEach(report::waiver);
        List<Finding> shown = new ArrayList<>();
        current.shown(shown);
        shown.stream().filter(f -> period.contains(f.ruleId())).forEach(report::finding);
        return report.build();
    }

    @Override
    public FindingChanges apply(Change change) {
        Objects.requireNonNull(change, "change");
        open();
        change(change);
        return fire();
    }

    @Override
    public FindingChanges applyAll(List<Change> changes) {
        Objects.requireNonNull(changes, "changes");
        open();
        try {
            changes.forEach(c -> change(Objects.requireNonNull(c, "change")));
        } catch (RuntimeException e) {
            fire();
            throw e;
        }
        return fire();
    }

    @Override
    public FindingChanges advanceTo(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        open();
        context = CheckContext.of(asOf, 0, engine.parameters(), engine.workCalendar());
        session.update(contextHandle, context);
        RulesInForce.Period next = engine.inForce(asOf);
        if (next.ruleIds().equals(period.ruleIds())) {
            period = next;
            return fire();
        }
        // Other rules are in force on the new day: what the report shows changes for their
        // findings too, not only for those the new day's firing touched.
        List<Finding> before = new ArrayList<>();
        current.shown(before);
        before.removeIf(f -> !period.contains(f.ruleId()));
        derived.flush(session);
        session.fireAllRules();
        current.drain(new ArrayList<>(), new ArrayList<>());
        period = next;
        List<Finding> after = new ArrayList<>();
        current.shown(after);
        after.removeIf(f -> !period.contains(f.ruleId()));
        java.util.Set<Finding> beforeSet = new java.util.HashSet<>(before);
        java.util.Set<Finding> afterSet = new java.util.HashSet<>(after);
        List<Finding> added = new ArrayList<>();
        List<Finding> removed = new ArrayList<>();
        after.stream().filter(f -> !beforeSet.contains(f)).forEach(added::add);
        before.stream().filter(f -> !afterSet.contains(f)).forEach(removed::add);
        return FindingChanges.of(added, removed);
    }

    @Override
    public long factCount() {
        open();
        return session.getFactCount();
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            session.dispose();
        }
    }

    private void open() {
        if (closed) {
            throw new IllegalStateException("the compliance session is closed");
        }
    }

    private FindingChanges fire() {
        derived.flush(session);
        session.fireAllRules(); // rules switched off are not in the knowledge base
        // Changes in what the report shows, so that the last report + added - removed is the
        // report now, even where two findings share a key. Rules not in force on the session's
        // day fire, but the report does not show their findings.
        List<Finding> added = new ArrayList<>();
        List<Finding> removed = new ArrayList<>();
        current.drain(added, removed);
        if (period.ruleIds().size() < engine.evaluatedRules().size()) {
            added.removeIf(f -> !period.contains(f.ruleId()));
            removed.removeIf(f -> !period.contains(f.ruleId()));
        }
        return FindingChanges.of(added, removed);
    }

    private void change(Change change) {
        Object record = change.record();
        if (change.kind() == Change.Kind.REMOVE) {
            Object h = handlesOf(record).remove(Change.FactKeys.id(record));
            if (h == null) {
                throw new IllegalArgumentException("the session holds no record to remove ("
                        + Change.FactKeys.key(record) + ")");
            }
            derived.remove(record(h));
            if (h instanceof FactHandle fh) {
                session.delete(fh);
            }
            return;
        }
        List<Problem> outside = Bounds.problems(record);
        if (!outside.isEmpty()) {
            throw new ValidationException(record.getClass().getSimpleName().replace("Immutable", ""), outside);
        }
        if (record instanceof Meeting m) {
            requireHeld("mentorship", "meeting " + m.id() + ".mentorshipId", m.mentorshipId());
        } else if (record instanceof Mentorship m) {
            requireHeld("organization", "mentorship " + m.id() + ".organizationId", m.organizationId());
        } else if (record instanceof CuratorAppointment c) {
            requireHeld("organization", "curator appointment.organizationId", c.organizationId());
        }
        Object old = handlesOf(record).get(Change.FactKeys.id(record));
        if (old != null) {
            derived.remove(record(old));
        }
        derived.add(record);
        put(record);
    }

    /** The record behind a value of {@link #handles}. */
    private Object record(Object handle) {
        return handle instanceof FactHandle fh ? session.getObject(fh) : handle;
    }

    /** @return the handles of the records of the record's kind */
    private Map<Object, Object> handlesOf(Object record) {
        return handles.computeIfAbsent(Change.FactKeys.kind(record), k -> new HashMap<>());
    }

    private void requireHeld(String kind, String field, String value) {
        if (!handles.getOrDefault(kind, Map.of()).containsKey(value)) {
            throw new IllegalArgumentException(field + " (" + value + ") names no record the session holds");
        }
    }

    private void put(Object record) {
        Map<Object, Object> ofKind = handlesOf(record);
        Object key = Change.FactKeys.id(record);
        Object h = ofKind.get(key);
        if (!engine.sessionFactTypes().matches(record)) {
            ofKind.put(key, record);
        } else if (h instanceof FactHandle fh) {
            session.update(fh, record);
        } else {
            ofKind.put(key, session.insert(record));
        }
    }
}
