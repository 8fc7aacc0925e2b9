package org.nastavnik.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.CheckOptions;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.ComplianceReport;

/**
 * Tests one rule alone, in the spirit of Timefold's {@code ConstraintVerifier}: the chosen rules
 * are the only ones that fire on the given facts ({@link CheckOptions#withOnlyRules}), so a test
 * of a late pair sees the late pair and nothing the other rules say about the same snapshot.
 * {@link #verifyThatAllRules()} checks with the whole catalogue instead.
 *
 * <pre>{@code
 * RuleVerifier verifier = RuleVerifier.of(ComplianceEngine.federal());   // build once, share
 *
 * verifier.verifyThat("PAIR_FORMED_LATE")
 *         .given(Scenario.in("31").school("s1").adopts(TEACHER_TEACHER, "01.09.2022")
 *                 .pair("p1", mentor("t1"), mentee("t2"), formed("16.09.2022")), "01.10.2022")
 *         .then(report -> report.hasFinding("PAIR_FORMED_LATE").about("p1").withEvidence("daysLate", 1));
 *
 * verifier.verifyThat("PAIR_FORMED_LATE").given(snapshot, "01.10.2022").then().hasNoFindings();
 * }</pre>
 *
 * <p>Immutable and thread-safe; each {@code given} runs one check.
 */
public final class RuleVerifier {

    private final ComplianceEngine engine;

    private RuleVerifier(ComplianceEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /**
     * @param engine  the engine whose rules to verify, not null
     * @return a verifier of its rules
     */
    public static RuleVerifier of(ComplianceEngine engine) {
        return new RuleVerifier(engine);
    }

    /** @return a verifier of the federal rules */
    public static RuleVerifier federal() {
        return new RuleVerifier(ComplianceEngine.federal());
    }

    /**
     * @param ruleId  the rule to run alone, such as {@code PAIR_FORMED_LATE}
     * @param more  other rules to run with it
     * @return the rules, waiting for facts
     * @throws IllegalArgumentException naming every id the engine does not have
     */
    public Given verifyThat(String ruleId, String... more) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(Objects.requireNonNull(ruleId, "ruleId"));
        ids.addAll(List.of(more));
        List<String> unknown = new ArrayList<>();
        for (String id : ids) {
            if (engine.rule(id).isEmpty()) {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("the engine has no rule " + String.join(", ", unknown)
                    + " (" + engine.ruleSetVersion() + "); its rules: "
                    + String.join(", ", engine.rules().stream().map(r -> r.id()).toList()));
        }
        return new Given(engine, ids, 0);
    }

    /** @return the whole catalogue of the engine, waiting for facts */
    public Given verifyThatAllRules() {
        return new Given(engine, null, 0);
    }

    /** The rules to run, waiting for the facts to run them on. */
    public static final class Given {
        private final ComplianceEngine engine;
        private final @Nullable Set<String> rules;
        private final int horizonDays;

        private Given(ComplianceEngine engine, @Nullable Set<String> rules, int horizonDays) {
            this.engine = engine;
            this.rules = rules;
            this.horizonDays = horizonDays;
        }

        /**
         * @param days  the horizon for upcoming findings, 0..3660
         * @return the same rules, listing upcoming findings due within that many days
         */
        public Given withHorizonDays(int days) {
            CheckOptions.defaults().withHorizonDays(days); // checks the range
            return new Given(engine, rules, days);
        }

        /**
         * Checks a snapshot with the rules.
         *
         * @param snapshot  the facts, not null
         * @param asOf  the day to check as of, not null
         * @return the outcome, for assertions
         */
        public Then given(Snapshot snapshot, LocalDate asOf) {
            CheckOptions options = CheckOptions.defaults().withHorizonDays(horizonDays);
            if (rules != null) {
                options = options.withOnlyRules(rules);
            }
            return new Then(engine.check(snapshot, asOf, options));
        }

        /**
         * @param snapshot  the facts, not null
         * @param asOf  such as {@code "01.10.2022"} or {@code "2022-10-01"}
         * @return the outcome, for assertions
         */
        public Then given(Snapshot snapshot, String asOf) {
            return given(snapshot, Scenario.date(asOf));
        }

        /**
         * @param scenario  the facts, built into a validated snapshot, not null
         * @param asOf  such as {@code "01.10.2022"}
         * @return the outcome, for assertions
         */
        public Then given(Scenario scenario, String asOf) {
            return given(scenario.snapshot(), Scenario.date(asOf));
        }
    }

    /** The report of the rules on the facts, for assertions. */
    public static final class Then {
        private final ComplianceReport report;

        private Then(ComplianceReport report) {
            this.report = report;
        }

        /** @return the report: only the chosen rules' findings */
        public ComplianceReport report() {
            return report;
        }

        /** @return assertions on the report */
        public ReportAssert then() {
            return ReportAssert.assertThat(report);
        }

        /**
         * @param assertions  what the report must show, not null
         * @return this, for more
         */
        public Then then(Consumer<ReportAssert> assertions) {
            assertions.accept(ReportAssert.assertThat(report));
            return this;
        }

        /**
         * @param softly  soft assertions collecting the failures, not null
         * @return assertions on the report whose failures {@code softly} collects
         */
        public ReportAssert then(NastavnikSoftAssertions softly) {
            return softly.assertThat(report);
        }
    }
}
