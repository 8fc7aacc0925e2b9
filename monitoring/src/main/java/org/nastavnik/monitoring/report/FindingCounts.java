package org.nastavnik.monitoring.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.nastavnik.common.Language;
import org.nastavnik.model.Organization;
import org.nastavnik.monitoring.Scope;
import org.nastavnik.rules.Finding;
import org.nastavnik.rules.RuleDescriptor;
import org.nastavnik.rules.Severity;
import org.nastavnik.rules.SourceRef;

/**
 * Counts of findings by rule per municipality and region, small enough to keep for a whole
 * country while its findings stream past. Thread-safe for {@link #add}.
 */
public final class FindingCounts {
    private final Map<String, Organization> organizations;
    private final Map<String, RuleDescriptor> rules = new HashMap<>();
    private final Map<Scope, Map<String, Integer>> counts = new ConcurrentHashMap<>();
    private final Map<String, SourceRef> sources = new ConcurrentHashMap<>();

    /**
     * @param organizations  the organizations findings may name, by id, not null
     * @param rules  the engine's rules, for their descriptions, not null
     */
    public FindingCounts(Map<String, Organization> organizations, List<RuleDescriptor> rules) {
        this.organizations = Objects.requireNonNull(organizations, "organizations");
        rules.forEach(r -> this.rules.put(r.id(), r));
    }

    /**
     * Counts a finding for its organization's municipality and region (a finding about no known
     * organization is not counted).
     *
     * @param finding  the finding, not null
     */
    public void add(Finding finding) {
        Organization o = organizations.get(finding.organizationId());
        if (o == null) {
            return;
        }
        sources.putIfAbsent(finding.ruleId(), finding.source());
        o.municipality().ifPresent(m -> bump(Scope.municipality(o.region().code(), m), finding.ruleId()));
        bump(Scope.region(o.region().code()), finding.ruleId());
        bump(Scope.territory(), finding.ruleId());
    }

    private void bump(Scope scope, String rule) {
        counts.computeIfAbsent(scope, s -> new ConcurrentHashMap<>()).merge(rule, 1, Integer::sum);
    }

    /**
     * @param scope  a municipality, region or the territory, not null
     * @return the counts by rule id, most frequent first, then by id
     */
    public Map<String, Integer> byRule(Scope scope) {
        Map<String, Integer> c = counts.getOrDefault(scope, Map.of());
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        c.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /**
     * @param ruleId  a rule id, not null
     * @return the rule's one-line description in Russian, or the id when the rule is unknown
     */
    String description(String ruleId) {
        RuleDescriptor r = rules.get(ruleId);
        return r == null ? ruleId : r.description(Language.RU);
    }

    /** @return the severity of a rule, if known */
    Severity severity(String ruleId) {
        RuleDescriptor r = rules.get(ruleId);
        return r == null ? null : r.severity();
    }

    /** @return the document and clause of a rule */
    SourceRef source(String ruleId) {
        RuleDescriptor r = rules.get(ruleId);
        return r != null ? r.source() : sources.get(ruleId);
    }

    /** @return every scope counted */
    Map<Scope, Map<String, Integer>> all() {
        return new TreeMap<>(counts);
    }
}
