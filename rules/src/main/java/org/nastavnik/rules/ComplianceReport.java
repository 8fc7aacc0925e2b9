package org.nastavnik.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The result of one check: the date, the rule-set version, the findings in a deterministic
 * order, counts, the rules evaluated and the waivers in force. Immutable; the same input gives
 * an equal report, and the same JSON byte for byte.
 *
 * <p>Findings are ordered by severity, organization id, rule id, subjects and key. Current
 * findings ({@link #findings()}) and upcoming ones ({@link #upcoming()}) are kept apart; the
 * counts cover current findings only.
 *
 * <pre>{@code
 * ComplianceReport report = engine.check(snapshot, LocalDate.of(2022, 10, 1),
 *         CheckOptions.defaults().withHorizonDays(14));
 * report.findings().forEach(f -> System.out.println(f.severity() + " " + f.message(Language.RU)));
 * report.upcoming();                       // due within 14 days
 * report.countsBySeverity();               // {VIOLATION=2, WARNING=5, NOTICE=0}
 * ReportDiff diff = report.diff(lastMonthsReport);
 * }</pre>
 */
public final class ComplianceReport {

    private final LocalDate asOf;
    private final String ruleSetVersion;
    private final int horizonDays;
    private final List<String> rulesEvaluated;
    private final List<Waiver> waivers;
    private final List<Finding> findings;
    private final List<Finding> upcoming;
    private final Explanation explanation;

    private ComplianceReport(Builder b) {
        this.asOf = Objects.requireNonNull(b.asOf, "asOf");
        this.ruleSetVersion = Objects.requireNonNull(b.ruleSetVersion, "ruleSetVersion");
        this.horizonDays = b.horizonDays;
        this.rulesEvaluated = List.copyOf(new TreeSet<>(b.rulesEvaluated));
        List<Waiver> w = new ArrayList<>(b.waivers);
        w.sort((x, y) -> x.ruleId().compareTo(y.ruleId()));
        this.waivers = List.copyOf(w);
        List<Finding> all = dedupe(b.findings);
        this.findings = all.stream().filter(f -> f.kind() == FindingKind.CURRENT).collect(Collectors.toUnmodifiableList());
        this.upcoming = all.stream().filter(f -> f.kind() == FindingKind.UPCOMING).collect(Collectors.toUnmodifiableList());
        this.explanation = b.explanation;
    }

    /** Sorts and keeps one finding per key and kind (the first in report order). */
    private static List<Finding> dedupe(List<Finding> raw) {
        List<Finding> sorted = new ArrayList<>(raw);
        Collections.sort(sorted);
        Set<String> current = new java.util.HashSet<>();
        Set<String> upcoming = new java.util.HashSet<>();
        List<Finding> out = new ArrayList<>(sorted.size());
        for (Finding f : sorted) {
            if ((f.kind() == FindingKind.CURRENT ? current : upcoming).add(f.key())) {
                out.add(f);
            }
        }
        return out;
    }

    /** @return a builder, for readers of serialized reports and for tests */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the day the check was made as of */
    public LocalDate asOf() {
        return asOf;
    }

    /** @return the version of the rule set (packs, and a parameter fingerprint if not federal) */
    public String ruleSetVersion() {
        return ruleSetVersion;
    }

    /** @return the horizon in days within which upcoming findings were looked for; 0 for none */
    public int horizonDays() {
        return horizonDays;
    }

    /** @return the ids of the rules evaluated, sorted; waived rules are not among them */
    public List<String> rulesEvaluated() {
        return rulesEvaluated;
    }

    /** @return the rules switched off, with reasons, sorted by rule id */
    public List<Waiver> waivers() {
        return waivers;
    }

    /** @return the current findings, in report order */
    public List<Finding> findings() {
        return findings;
    }

    /** @return the upcoming findings (due within the horizon), in report order */
    public List<Finding> upcoming() {
        return upcoming;
    }

    /** @return the current findings, then the upcoming ones */
    public List<Finding> allFindings() {
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(upcoming);
        return Collections.unmodifiableList(all);
    }

    /**
     * @param ruleId  a rule id
     * @return the current findings of that rule, in report order
     */
    public List<Finding> findings(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).collect(Collectors.toUnmodifiableList());
    }

    /** @return the number of current findings per rule id, sorted by rule id; rules without findings are absent */
    public SortedMap<String, Integer> countsByRule() {
        SortedMap<String, Integer> m = new TreeMap<>();
        findings.forEach(f -> m.merge(f.ruleId(), 1, Integer::sum));
        return Collections.unmodifiableSortedMap(m);
    }

    /** @return the number of current findings per severity, every severity present */
    public Map<Severity, Integer> countsBySeverity() {
        Map<Severity, Integer> m = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            m.put(s, 0);
        }
        findings.forEach(f -> m.merge(f.severity(), 1, Integer::sum));
        return Collections.unmodifiableMap(m);
    }

    /** @return whether any current finding has severity {@link Severity#VIOLATION} */
    public boolean hasViolations() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.VIOLATION);
    }

    /** @return the explanation asked for with {@link CheckOptions#withExplain(String)}, if it was */
    public Optional<Explanation> explanation() {
        return Optional.ofNullable(explanation);
    }

    /**
     * Compares this report with an older one by finding key, current and upcoming findings alike.
     *
     * @param older  the earlier report, not null
     * @return what was added, resolved and is still open
     */
    public ReportDiff diff(ComplianceReport older) {
        Map<String, Finding> before = new HashMap<>();
        older.allFindings().forEach(f -> before.putIfAbsent(f.key(), f));
        Set<String> now = new java.util.HashSet<>();
        List<Finding> added = new ArrayList<>();
        List<Finding> still = new ArrayList<>();
        for (Finding f : allFindings()) {
            if (!now.add(f.key())) {
                continue;
            }
            (before.containsKey(f.key()) ? still : added).add(f);
        }
        List<Finding> resolved = new ArrayList<>();
        Set<String> gone = new java.util.HashSet<>();
        for (Finding f : older.allFindings()) {
            if (!now.contains(f.key()) && gone.add(f.key())) {
                resolved.add(f);
            }
        }
        return new ReportDiff(added, resolved, still);
    }

    /** The report is equal to another with the same content; the explanation is not compared. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ComplianceReport r && asOf.equals(r.asOf) && ruleSetVersion.equals(r.ruleSetVersion)
                && horizonDays == r.horizonDays && rulesEvaluated.equals(r.rulesEvaluated)
                && waivers.equals(r.waivers) && findings.equals(r.findings) && upcoming.equals(r.upcoming);
    }

    @Override
    public int hashCode() {
        return Objects.hash(asOf, ruleSetVersion, findings, upcoming);
    }

    @Override
    public String toString() {
        return "ComplianceReport{asOf=" + asOf + ", ruleSetVersion=" + ruleSetVersion + ", findings="
                + findings.size() + ", upcoming=" + upcoming.size() + ", bySeverity=" + countsBySeverity() + "}";
    }

    /** A builder of a {@link ComplianceReport}. */
    public static final class Builder {
        private LocalDate asOf;
        private String ruleSetVersion;
        private int horizonDays;
        private final List<String> rulesEvaluated = new ArrayList<>();
        private final List<Waiver> waivers = new ArrayList<>();
        private final List<Finding> findings = new ArrayList<>();
        private Explanation explanation;

        private Builder() {
        }

        /**
         * @param asOf  the check date
         * @return this builder
         */
        public Builder asOf(LocalDate asOf) {
            this.asOf = asOf;
            return this;
        }

        /**
         * @param version  the rule-set version
         * @return this builder
         */
        public Builder ruleSetVersion(String version) {
            this.ruleSetVersion = version;
            return this;
        }

        /**
         * @param days  the horizon in days
         * @return this builder
         */
        public Builder horizonDays(int days) {
            this.horizonDays = days;
            return this;
        }

        /**
         * @param ruleIds  rule ids evaluated
         * @return this builder
         */
        public Builder rulesEvaluated(java.util.Collection<String> ruleIds) {
            rulesEvaluated.addAll(ruleIds);
            return this;
        }

        /**
         * @param waiver  a waiver in force
         * @return this builder
         */
        public Builder waiver(Waiver waiver) {
            waivers.add(Objects.requireNonNull(waiver));
            return this;
        }

        /**
         * @param finding  a finding, current or upcoming, in any order
         * @return this builder
         */
        public Builder finding(Finding finding) {
            findings.add(Objects.requireNonNull(finding));
            return this;
        }

        Builder explanation(Explanation explanation) {
            this.explanation = explanation;
            return this;
        }

        /**
         * @return the report, findings sorted and duplicates (same key and kind) kept once
         * @throws NullPointerException if the date or the rule-set version is missing
         */
        public ComplianceReport build() {
            return new ComplianceReport(this);
        }
    }
}
