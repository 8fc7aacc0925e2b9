package org.nastavnik.testing;

import static org.nastavnik.testing.FindingFormat.NL;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.nastavnik.rules.ComplianceReport;
import org.nastavnik.rules.Finding;
import org.nastavnik.rules.Severity;

/**
 * Assertions on a {@link ComplianceReport}, in the AssertJ style.
 *
 * <pre>{@code
 * import static org.nastavnik.testing.ReportAssert.assertThat;
 *
 * assertThat(report).hasNoViolations();
 * assertThat(report).hasFinding("PAIR_FORMED_LATE").about("p1").withEvidence("daysLate", "1");
 * assertThat(report).hasOnlyFindings("CURATOR_MISSING", "PAIR_FORMED_LATE");
 * }</pre>
 *
 * <p>A failed assertion throws a plain {@link AssertionError}, so it works with any test
 * framework. Its message is a set of labelled blocks (what was expected, what was found), and
 * prints every offending finding in full: rule id, severity, subjects, evidence, key and the
 * message in Russian and English. Assertions look at current findings unless their name says
 * upcoming. Instances are not thread-safe; the report is immutable.
 */
public final class ReportAssert {

    private final ComplianceReport report;

    private ReportAssert(ComplianceReport report) {
        this.report = report;
    }

    /**
     * @param report  the report to check, not null
     * @return assertions on it
     * @throws AssertionError if the report is null
     */
    public static ReportAssert assertThat(ComplianceReport report) {
        if (report == null) {
            throw new AssertionError("Expecting a compliance report" + NL + "but found:" + NL + "  null");
        }
        return new ReportAssert(report);
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
        List<Finding> found = report.upcoming();
        if (!found.isEmpty()) {
            throw fail("to have no upcoming findings", "but found " + found.size() + ":", found);
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
        return narrow(report.findings(), ruleId, "a finding");
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
        return narrow(report.upcoming(), ruleId, "an upcoming finding");
    }

    private FindingAssert narrow(List<Finding> pool, String ruleId, String what) {
        Objects.requireNonNull(ruleId, "ruleId");
        List<Finding> matching = pool.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        if (matching.isEmpty()) {
            throw fail("to contain " + what + " of rule:" + NL + "  " + ruleId,
                    pool.isEmpty() ? "but found none at all" : "but found none of that rule; found only:", pool);
        }
        return new FindingAssert(this, what + " of rule " + ruleId, matching);
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
        Set<String> expected = new LinkedHashSet<>(Arrays.asList(ruleIds));
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
            throw new AssertionError(expecting() + "to have findings of exactly the rules:" + NL + "  "
                    + String.join(", ", expected) + NL + but
                    + (unexpected.isEmpty() ? "" : NL + FindingFormat.list(unexpected)));
        }
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
        return count(f -> f.ruleId().equals(ruleId), expected, "findings of rule " + ruleId);
    }

    private ReportAssert count(Predicate<Finding> which, int expected, String what) {
        List<Finding> found = report.findings().stream().filter(which).toList();
        if (found.size() != expected) {
            throw fail("to have " + expected + " " + what, "but found " + found.size() + ":", found);
        }
        return this;
    }

    private ReportAssert none(Predicate<Finding> which, String expectation) {
        List<Finding> found = report.findings().stream().filter(which).toList();
        if (!found.isEmpty()) {
            throw fail(expectation, "but found " + found.size() + ":", found);
        }
        return this;
    }

    private String expecting() {
        return "Expecting report:" + NL + "  " + FindingFormat.report(report) + NL;
    }

    private AssertionError fail(String expectation, String but, List<Finding> shown) {
        return new AssertionError(expecting() + expectation + NL + but + (shown.isEmpty() ? "" : NL + FindingFormat.list(shown)));
    }

    @Override
    public String toString() {
        return "ReportAssert{" + FindingFormat.report(report) + "}";
    }
}
