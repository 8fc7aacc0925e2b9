/**
 * Testing support for users of Nastavnik: compliance checks from one's own unit tests.
 *
 * <ul>
 *   <li>{@link org.nastavnik.testing.Scenario} builds a snapshot in a few readable lines, with
 *       defaults for everything a test does not care about.</li>
 *   <li>{@link org.nastavnik.testing.ReportAssert} asserts on a
 *       {@link org.nastavnik.rules.ComplianceReport} in the AssertJ style
 *       ({@code assertThat(report).hasFinding("PAIR_FORMED_LATE").about("p1")}); a failure is a
 *       plain {@link java.lang.AssertionError} that prints the offending findings in full, so
 *       it works with any test framework.</li>
 *   <li>{@link org.nastavnik.testing.NastavnikTest} (with
 *       {@link org.nastavnik.testing.NastavnikExtension}) gives JUnit 5 test methods the
 *       engine of a region and snapshots read from JSON resources
 *       ({@link org.nastavnik.testing.SnapshotFile}).</li>
 *   <li>{@link org.nastavnik.testing.RuleCoverage} and
 *       {@link org.nastavnik.testing.RuleCoverageListener} report which rules a test suite
 *       exercised, and {@link org.nastavnik.testing.RuleCoverage#verify} fails a build when a
 *       required rule never fired.</li>
 * </ul>
 *
 * <p>JUnit is an optional dependency of {@code nastavnik-rules}: only the extension, its
 * annotation and the listener need it, and the rest of the library never loads them.
 *
 * <p>Property-based tests: nothing here depends on a property-testing library, and a
 * {@link org.nastavnik.testing.Scenario} is plain Java, so any such library works with it: build
 * one scenario per generated value inside the property and assert on its report. The
 * {@code examples} module's {@code ScenarioPropertyTest} does so with QuickTheories.
 */
package org.nastavnik.testing;
