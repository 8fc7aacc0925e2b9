package org.nastavnik.testing;

import static org.nastavnik.testing.FindingFormat.NL;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AssertFactory;
import org.assertj.core.api.AssertionErrorCollector;
import org.jspecify.annotations.Nullable;
import org.nastavnik.rules.ComplianceReport;
import org.nastavnik.rules.Finding;
import org.nastavnik.rules.Severity;

/**
 * AssertJ assertions on a {@link ComplianceReport}.
 *
 * <pre>{@code
 * import static org.nastavnik.testing.ReportAssert.assertThat;
 *
 * assertThat(report).hasNoViolations();
 * assertThat(report).hasFinding("PAIR_FORMED_LATE").about("p1").withEvidence("daysLate", "1");
 * assertThat(report).hasOnlyFindings("CURATOR_MISSING", "PAIR_FORMED_LATE");
 * }</pre>
 *
 * <p>A failed assertion throws an {@link AssertionError}, so it works with any test framework.
 * Its message is a set of labelled blocks (what was expected, what was found), and prints every
 * offending finding in full: rule id, severity, subjects, evidence, key and the message in
 * Russian and English; {@code describedAs("…")} puts {@code [description]} before it. As an
 * {@link AbstractAssert} it has AssertJ's {@code describedAs}, {@code extracting},
 * {@code satisfies} and the rest. Soft assertions collect every failure and report them at the
 * end: {@link NastavnikSoftAssertions} adds {@code assertThat(report)} to AssertJ's
 * {@code SoftAssertions}; a failed {@link #hasFinding} then skips the narrowing chained to it.
 * Assertions look at current findings unless their name says upcoming. A passing assertion about
 * a rule counts it as exercised for {@link RuleCoverage#asserted()}. Instances are not
 * thread-safe; the report is immutable.
 */
public final class ReportAssert extends AbstractAssert<ReportAssert, ComplianceReport> {

    private final ComplianceReport report;
    private final @Nullable AssertionErrorCollector collector;

    ReportAssert(@Nullable ComplianceReport report, @Nullable AssertionErrorCollector collector) {
        super(report, ReportAssert.class);
        this.report = report;
        this.collector = collector;
    }

    /**
     * @param report  the report to check, not null
     * @return assertions on it
     * @throws AssertionError if the report is null
     */
    public static ReportAssert assertThat(ComplianceReport report) {
        return of(report, null);
    }

    static ReportAssert of(@Nullable ComplianceReport report, @Nullable AssertionErrorCollector collector) {
        ReportAssert a = new ReportAssert(report, collector);
        if (report == null) {
            a.fail(new AssertionError("Expecting a compliance report" + NL + "but found:" + NL + "  null"));
        }
        return a;
    }

    /** Throws the failure, or hands it to the soft assertions' collector; with the description first. */
    void fail(AssertionError failure) {
        String description = info.descriptionText();
        String overriding = info.overridingErrorMessage();
        AssertionError e = overriding != null ? new AssertionError(overriding)
                : description == null || description.isEmpty() ? failure
                : new AssertionError("[" + description + "] " + failure.getMessage());
        if (collector == null) {
            throw e;
        }
        collector.collectAssertionError(e);
    }

    /** Whether there is no report to look at (null, already reported). */
    private boolean absent() {
        return report == null;
    }

    /**
     * Goes on with AssertJ's assertions on a part of the report.
     *
     * <pre>{@code
     * assertThat(report).extracting(ComplianceReport::findings, InstanceOfAssertFactories.list(Finding.class)).hasSize(2);
     * }</pre>
     *
     * @param extractor  takes the part from the report, not null
     * @param factory  the assertions of the part, such as {@code InstanceOfAssertFactories.LIST}, not null
     * @return assertions on the part
     */
    @Override
    public <T, A extends AbstractAssert<?, ?>> A extracting(Function<? super ComplianceReport, ? extends T> extractor,
            AssertFactory<T, A> factory) {
        return super.extracting(extractor, factory);
    }

    /** @return the report under test */
    public ComplianceReport report() {
        return report;
    }

    /**
     * Asserts no current finding has severity {@link Severity#VIOLATION}.
     *
     * @return this
     * @throws AssertionError listing every violation if there is one
     */
    public ReportAssert hasNoViolations() {
        return none(f -> f.severity() == Severity.VIOLATION, "to have no violations");
    }

    /**
     * Asserts the report has no current findings at all (upcoming ones are not looked at).
     *
     * @return this
     * @throws AssertionError listing every finding if there is one
     */
    public ReportAssert hasNoFindings() {
        return none(f -> true, "to have no findings");
    }

    /**
     * Asserts no current finding is of a rule.
     *
     * @param ruleId  a rule id, such as {@code CURATOR_MISSING}
     * @return this
     * @throws AssertionError listing the rule's findings if there are any
     */
    public ReportAssert hasNoFinding(String ruleId) {
        if (!known(ruleId)) {
            return this;
        }
        return none(f -> f.ruleId().equals(ruleId), "to have no findings of rule:" + NL + "  " + ruleId);
    }

    /**
     * Asserts no current finding has a subject with an id (an organization, person, pair,
     * roadmap or activity).
     *
     * @param subjectId  the id, such as {@code s1}
     * @return this
     * @throws AssertionError listing the findings about it if there are any
     */
    public ReportAssert hasNoFindingsAbout(String subjectId) {
        return none(f -> f.isAbout(subjectId), "to have no findings about:" + NL + "  " + subjectId);
    }

    /**
     * Asserts the report has no upcoming findings.
     *
     * @return this
     * @throws AssertionError listing the upcoming findings if there are any
     */
    public ReportAssert hasNoUpcoming() {
        if (absent()) {
            return this;
        }
        List<Finding> found = report.upcoming();
        if (!found.isEmpty()) {
            fail(failure("to have no upcoming findings", "but found " + found.size() + ":", found));
        }
        return this;
    }

    /**
     * Asserts the report has a current finding of a rule, and narrows to the findings of that
     * rule for further assertions.
     *
     * @param ruleId  a rule id, such as {@code PAIR_FORMED_LATE}
     * @return assertions on the findings of the rule
     * @throws AssertionError listing the report's findings if none is of the rule
     */
    public FindingAssert hasFinding(String ruleId) {
        return narrow(absent() ? null : report.findings(), ruleId, "a finding");
    }

    /**
     * Asserts the report has an upcoming finding of a rule (due within the horizon of the
     * check), and narrows to them.
     *
     * @param ruleId  a rule id, such as {@code PAIR_FORMED_LATE}
     * @return assertions on the upcoming findings of the rule
     * @throws AssertionError listing the report's upcoming findings if none is of the rule
     */
    public FindingAssert hasUpcoming(String ruleId) {
        return narrow(absent() ? null : report.upcoming(), ruleId, "an upcoming finding");
    }

    private FindingAssert narrow(@Nullable List<Finding> pool, String ruleId, String what) {
        Objects.requireNonNull(ruleId, "ruleId");
        if (pool == null || !known(ruleId)) {
            return new FindingAssert(this, what + " of rule " + ruleId, List.of(), true);
        }
        List<Finding> matching = pool.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        if (matching.isEmpty()) {
            fail(failure("to contain " + what + " of rule:" + NL + "  " + ruleId,
                    pool.isEmpty() ? "but found none at all" : "but found none of that rule; found only:", pool));
            return new FindingAssert(this, what + " of rule " + ruleId, List.of(), true);
        }
        RuleCoverage.recordAsserted(ruleId);
        return new FindingAssert(this, what + " of rule " + ruleId, matching, false);
    }

    /**
     * Asserts the current findings are of exactly these rules: each rule has at least one
     * finding, and no other rule has any.
     *
     * @param ruleIds  the rule ids, in any order
     * @return this
     * @throws AssertionError naming the rules without findings and listing the unexpected findings
     */
    public ReportAssert hasOnlyFindings(String... ruleIds) {
        if (absent()) {
            return this;
        }
        Set<String> expected = new LinkedHashSet<>(Arrays.asList(ruleIds));
        if (!known(ruleIds)) {
            return this;
        }
        Set<String> missing = new TreeSet<>(expected);
        report.findings().forEach(f -> missing.remove(f.ruleId()));
        List<Finding> unexpected = report.findings().stream().filter(f -> !expected.contains(f.ruleId())).toList();
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            StringBuilder but = new StringBuilder();
            if (!missing.isEmpty()) {
                but.append("but found no findings of:").append(NL).append("  ").append(String.join(", ", missing));
            }
            if (!unexpected.isEmpty()) {
                but.append(missing.isEmpty() ? "but found findings of other rules:" : NL + "and found findings of other rules:");
            }
            fail(new AssertionError(expecting() + "to have findings of exactly the rules:" + NL + "  "
                    + String.join(", ", expected) + NL + but
                    + (unexpected.isEmpty() ? "" : NL + FindingFormat.list(unexpected))));
            return this;
        }
        expected.forEach(RuleCoverage::recordAsserted);
        return this;
    }

    /**
     * Asserts the number of current findings.
     *
     * @param expected  the number of findings
     * @return this
     * @throws AssertionError listing every finding if the number differs
     */
    public ReportAssert hasFindingCount(int expected) {
        return count(f -> true, expected, "findings");
    }

    /**
     * Asserts the number of current findings of severity {@link Severity#VIOLATION}.
     *
     * @param expected  the number of violations
     * @return this
     * @throws AssertionError listing every violation if the number differs
     */
    public ReportAssert hasViolationCount(int expected) {
        return count(f -> f.severity() == Severity.VIOLATION, expected, "violations");
    }

    /**
     * Asserts the number of current findings of a rule.
     *
     * @param ruleId  a rule id
     * @param expected  the number of its findings
     * @return this
     * @throws AssertionError listing the rule's findings if the number differs
     */
    public ReportAssert hasFindingCount(String ruleId, int expected) {
        if (!known(ruleId)) {
            return this;
        }
        ReportAssert result = count(f -> f.ruleId().equals(ruleId), expected, "findings of rule " + ruleId);
        if (expected > 0 && !absent() && report.findings().stream().filter(f -> f.ruleId().equals(ruleId)).count() == expected) {
            RuleCoverage.recordAsserted(ruleId);
        }
        return result;
    }

    /**
     * Fails, listing the near ids, when an assertion names a rule the report's check did not
     * evaluate: one its engine does not have, or one left out of the check (a typo, or a rule not
     * run, would otherwise make {@code hasNoFinding} pass). A report that names no evaluated rule
     * (built by hand) is not checked.
     *
     * @return whether every id is a rule of the engine
     */
    private boolean known(String... ruleIds) {
        if (absent()) {
            return true;
        }
        List<String> unknown = RuleIds.unknown(Arrays.asList(ruleIds), RuleIds.known(report));
        if (unknown.isEmpty()) {
            return true;
        }
        fail(new AssertionError(expecting() + "to be asserted on rules the check evaluated" + NL
                + "but it evaluated no rule"
                + (unknown.size() == 1 ? ":" : "s:") + NL + "  " + String.join(NL + "  ", unknown)));
        return false;
    }

    private ReportAssert count(Predicate<Finding> which, int expected, String what) {
        if (absent()) {
            return this;
        }
        List<Finding> found = report.findings().stream().filter(which).toList();
        if (found.size() != expected) {
            fail(failure("to have " + expected + " " + what, "but found " + found.size() + ":", found));
        }
        return this;
    }

    private ReportAssert none(Predicate<Finding> which, String expectation) {
        if (absent()) {
            return this;
        }
        List<Finding> found = report.findings().stream().filter(which).toList();
        if (!found.isEmpty()) {
            fail(failure(expectation, "but found " + found.size() + ":", found));
        }
        return this;
    }

    private String expecting() {
        return "Expecting report:" + NL + "  " + FindingFormat.report(report) + NL;
    }

    private AssertionError failure(String expectation, String but, List<Finding> shown) {
        return new AssertionError(expecting() + expectation + NL + but + (shown.isEmpty() ? "" : NL + FindingFormat.list(shown)));
    }

    @Override
    public String toString() {
        return "ReportAssert{" + (report == null ? "null" : FindingFormat.report(report)) + "}";
    }
}
