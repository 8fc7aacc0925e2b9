package org.nastavnik.rules;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.MatchCreatedEvent;

/**
 * Counts, per rule, the matches whose facts involve one subject: a fact whose {@code id()},
 * or any {@code *Id()} accessor, equals the subject id, or whose {@code *Ids()} contains it.
 */
final class ExplainListener extends DefaultAgendaEventListener {

    private static final Map<Class<?>, List<Method>> ID_ACCESSORS = new ConcurrentHashMap<>();

    private final String subjectId;
    private final Map<String, Integer> matches = new HashMap<>();
    private final Map<String, Integer> fired = new HashMap<>();

    ExplainListener(String subjectId) {
        this.subjectId = subjectId;
    }

    @Override
    public void matchCreated(MatchCreatedEvent event) {
        if (involves(event.getMatch().getObjects())) {
            matches.merge(RuleTexts.ruleId(event.getMatch().getRule()), 1, Integer::sum);
        }
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        if (involves(event.getMatch().getObjects())) {
            fired.merge(RuleTexts.ruleId(event.getMatch().getRule()), 1, Integer::sum);
        }
    }

    Explanation explain(List<RuleDescriptor> rules, List<Waiver> waivers, List<Finding> findings) {
        List<Explanation.RuleTrace> traces = new ArrayList<>();
        for (RuleDescriptor d : rules) {
            String id = d.id();
            Optional<Waiver> waiver = waivers.stream().filter(w -> w.ruleId().equals(id)).findFirst();
            if (waiver.isPresent()) {
                traces.add(new Explanation.RuleTrace(id, Explanation.RuleTrace.Outcome.WAIVED, 0, List.of(),
                        "waived: " + waiver.get().reason()));
                continue;
            }
            List<String> keys = new ArrayList<>();
            findings.stream().filter(f -> f.ruleId().equals(id) && f.isAbout(subjectId)).forEach(f -> keys.add(f.key()));
            int m = Math.max(matches.getOrDefault(id, 0), fired.getOrDefault(id, 0));
            if (!keys.isEmpty()) {
                traces.add(new Explanation.RuleTrace(id, Explanation.RuleTrace.Outcome.FIRED, m, keys,
                        "raised " + keys.size() + " finding(s) about " + subjectId));
            } else if (m > 0) {
                traces.add(new Explanation.RuleTrace(id, Explanation.RuleTrace.Outcome.MATCHED_WITHOUT_FINDING, m, keys,
                        "conditions held " + m + " time(s) for facts of " + subjectId + " but no finding names it"));
            } else {
                traces.add(new Explanation.RuleTrace(id, Explanation.RuleTrace.Outcome.NOT_MATCHED, 0, keys,
                        "conditions never held for facts of " + subjectId));
            }
        }
        return new Explanation(subjectId, traces);
    }

    private boolean involves(List<Object> objects) {
        for (Object o : objects) {
            if (o != null && involves(o)) {
                return true;
            }
        }
        return false;
    }

    private boolean involves(Object fact) {
        for (Method m : ID_ACCESSORS.computeIfAbsent(fact.getClass(), ExplainListener::idAccessors)) {
            try {
                Object v = m.invoke(fact);
                if (v instanceof Optional<?> opt) {
                    v = opt.orElse(null);
                }
                if (subjectId.equals(v) || (v instanceof Collection<?> c && c.contains(subjectId))) {
                    return true;
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                // not an accessor we can read; ignore
            }
        }
        return false;
    }

    private static List<Method> idAccessors(Class<?> type) {
        List<Method> list = new ArrayList<>();
        for (Method m : type.getMethods()) {
            String n = m.getName();
            if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
                    && (n.equals("id") || n.endsWith("Id") || n.endsWith("Ids"))) {
                try {
                    m.setAccessible(true);
                } catch (RuntimeException e) {
                    // keep it; invoking may still work for public types
                }
                list.add(m);
            }
        }
        list.sort((a, b) -> a.getName().compareTo(b.getName()));
        return list;
    }
}
