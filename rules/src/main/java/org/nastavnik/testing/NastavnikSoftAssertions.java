package org.nastavnik.testing;

import java.util.function.Consumer;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.SoftAssertionsProvider;
import org.nastavnik.rules.ComplianceReport;

/**
 * AssertJ's {@link SoftAssertions} with {@link ReportAssert}: every failed assertion is collected,
 * and all of them are reported together at the end, each with its findings printed in full.
 *
 * <pre>{@code
 * NastavnikSoftAssertions.assertReportsSoftly(softly -> {
 *     softly.assertThat(report).hasFinding("PAIR_FORMED_LATE").about("p1").withEvidence("daysLate", 1);
 *     softly.assertThat(report).hasNoFinding("CURATOR_MISSING");
 *     softly.assertThat(report.findings()).hasSize(1);          // AssertJ's own assertions too
 * });
 * }</pre>
 *
 * <p>With JUnit 5, {@code @ExtendWith(SoftAssertionsExtension.class)} and a field
 * {@code @InjectSoftAssertions NastavnikSoftAssertions softly} work as for AssertJ's own class.
 * With plain {@code SoftAssertions}, wrap the assertion: {@code softly.check(() ->
 * ReportAssert.assertThat(report).hasNoViolations())}.
 */
public class NastavnikSoftAssertions extends SoftAssertions {

    /** Made by you or by AssertJ's JUnit 5 extension. */
    public NastavnikSoftAssertions() {
    }

    /**
     * @param report  the report to check
     * @return assertions on it whose failures are collected, not thrown
     */
    public ReportAssert assertThat(ComplianceReport report) {
        return ReportAssert.of(report, this);
    }

    /**
     * Runs the assertions and then fails with every failure collected, if any.
     *
     * @param softly  the assertions, not null
     * @throws AssertionError listing every failed assertion
     */
    public static void assertReportsSoftly(Consumer<NastavnikSoftAssertions> softly) {
        SoftAssertionsProvider.assertSoftly(NastavnikSoftAssertions.class, softly);
    }
}
