/**
 * Testing support for users of Nastavnik: compliance checks from one's own unit tests.
 *
 * <ul>
 *   <li>{@link org.nastavnik.testing.Scenario} builds a snapshot in a few readable lines, with
 *       defaults for everything a test does not care about.</li>
 *   <li>{@link org.nastavnik.testing.ReportAssert} and
 *       {@link org.nastavnik.testing.FindingAssert} are AssertJ assertions on a
 *       {@link org.nastavnik.rules.ComplianceReport}
 *       ({@code assertThat(report).hasFinding("PAIR_FORMED_LATE").about("p1")}); a failure is an
 *       {@link java.lang.AssertionError} that prints the offending findings in full, and
 *       {@link org.nastavnik.testing.NastavnikSoftAssertions} collects them softly. They need
 *       {@code assertj-core} on the test class path (an optional dependency, like JUnit).</li>
 *   <li>{@link org.nastavnik.testing.RuleVerifier} runs one rule (or a few) alone on given facts:
 *       {@code verifyThat("PAIR_FORMED_LATE").given(scenario, "01.10.2022").then(...)}.</li>
 *   <li>{@link org.nastavnik.testing.NastavnikTest} (with
 *       {@link org.nastavnik.testing.NastavnikExtension}) gives JUnit 5 test methods the
 *       engine of a region and snapshots read from JSON resources
 *       ({@link org.nastavnik.testing.SnapshotFile}).</li>
 *   <li>{@link org.nastavnik.testing.RuleCoverage} and
 *       {@link org.nastavnik.testing.RuleCoverageListener} report which rules a test suite
 *       exercised, and {@link org.nastavnik.testing.RuleCoverage#verify} fails a build when a
 *       required rule never fired; {@code @NastavnikTest(coverageGate = "ALL")} fails a test class
 *       listing the rules none of its passing assertions was about.</li>
 * </ul>
 *
 * <p>JUnit and AssertJ are optional dependencies of {@code nastavnik-rules}: only this package
 * needs them, and the rest of the library never loads it.
 *
 * <p>Property-based tests: nothing here depends on a property-testing library, and a
 * {@link org.nastavnik.testing.Scenario} is plain Java, so any such library works with it: build
 * one scenario per generated value inside the property and assert on its report. The
 * {@code examples} module's {@code ScenarioPropertyTest} does so with QuickTheories.
 */
package org.nastavnik.testing;
