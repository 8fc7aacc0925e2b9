package org.nastavnik.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * For one subject of one check: every rule of the engine and whether it fired about the
 * subject, with the reason. Asked for with {@link CheckOptions#withExplain(String)}.
 */
public final class Explanation {

    private final String subjectId;
    private final List<RuleTrace> traces;

    Explanation(String subjectId, List<RuleTrace> traces) {
        this.subjectId = Objects.requireNonNull(subjectId);
        this.traces = List.copyOf(traces);
    }

    /** @return the id of the subject explained */
    public String subjectId() {
        return subjectId;
    }

    /** @return one trace per rule of the engine, ordered by rule id */
    public List<RuleTrace> traces() {
        return traces;
    }

    /**
     * @param ruleId  a rule id
     * @return the trace of that rule, if the engine has it
     */
    public Optional<RuleTrace> trace(String ruleId) {
        return traces.stream().filter(t -> t.ruleId().equals(ruleId)).findFirst();
    }

    /** @return one line per rule: id, outcome, reason */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Explanation for " + subjectId + ":");
        traces.forEach(t -> sb.append("\n  ").append(t));
        return sb.toString();
    }

    /** What one rule did about the subject. */
    public static final class RuleTrace {

        /** Whether a rule fired about the subject. */
        public enum Outcome {
            /** The rule raised at least one finding about the subject. */
            FIRED,
            /** The rule's conditions held for facts of the subject, but it raised no finding about it. */
            MATCHED_WITHOUT_FINDING,
            /** The rule's conditions never held for facts of the subject. */
            NOT_MATCHED,
            /** The rule is waived in this engine and was not run. */
            WAIVED
        }

        private final String ruleId;
        private final Outcome outcome;
        private final int matches;
        private final List<String> findingKeys;
        private final String reason;

        RuleTrace(String ruleId, Outcome outcome, int matches, List<String> findingKeys, String reason) {
            this.ruleId = ruleId;
            this.outcome = outcome;
            this.matches = matches;
            this.findingKeys = List.copyOf(findingKeys);
            this.reason = reason;
        }

        /** @return the rule id */
        public String ruleId() {
            return ruleId;
        }

        /** @return what the rule did about the subject */
        public Outcome outcome() {
            return outcome;
        }

        /** @return how many times the rule's conditions held for facts of the subject */
        public int matches() {
            return matches;
        }

        /** @return the keys of the findings the rule raised about the subject */
        public List<String> findingKeys() {
            return findingKeys;
        }

        /** @return why, in one English sentence */
        public String reason() {
            return reason;
        }

        @Override
        public String toString() {
            return ruleId + ": " + outcome + " (" + reason + ")";
        }
    }
}
