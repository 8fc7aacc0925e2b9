package org.nastavnik.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a JUnit 5 test class that checks compliance: its test methods may declare a
 * {@link org.nastavnik.rules.ComplianceEngine} parameter (the engine of the region, built once
 * per test class), a {@link Scenario} parameter (started in the region) and
 * {@link org.nastavnik.model.Snapshot} parameters annotated with {@link SnapshotFile}.
 *
 * <pre>{@code
 * @NastavnikTest(region = "31")
 * class School12Test {
 *     @Test
 *     void has_no_violations(ComplianceEngine engine, @SnapshotFile("school-12.json") Snapshot school) {
 *         assertThat(engine.check(school, date("01.10.2022"))).hasNoViolations();
 *     }
 * }
 * }</pre>
 *
 * <p>The same as {@code @ExtendWith(NastavnikExtension.class)} with a region.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(NastavnikExtension.class)
public @interface NastavnikTest {

    /**
     * The official code of the region whose rules apply, such as {@code "31"} (Belgorod); empty
     * for the federal rules (or the {@link #profile()}'s region). The engine is, in this order: the
     * {@link #profile()}'s; the built-in profile of the region ({@link org.nastavnik.rules.Profiles},
     * 23, 31, 42, 61, 62); a {@code nastavnik-profile.properties} on the test class path whose
     * {@code region} is this one; the region with every rule pack found on the test class path
     * ({@link org.nastavnik.rules.spi.RulePack#discover(ClassLoader)}). A region with none of these
     * fails the test with a message: it never silently gets the federal rules only.
     * {@link Scenario} parameters start in the region.
     *
     * @return the region code, or empty for federal
     */
    String region() default "";

    /**
     * A profile file for the engine: a class-path resource (relative to the test class's package,
     * else from the root) or a file path, read as {@link org.nastavnik.rules.Profile#read(java.io.Reader,
     * String, ClassLoader)} reads it, its packs looked for on the test class path; empty (the
     * default) for none. Its region must be {@link #region()} if both are given.
     *
     * @return the profile's resource or path, or empty
     */
    String profile() default "";

    /**
     * The rule coverage gate of the class: after its tests, fail the class (and the build)
     * listing every rule here that no passing assertion of its tests was about
     * ({@code assertThat(report).hasFinding(id)}, {@code hasUpcoming}, {@code hasOnlyFindings},
     * {@code hasFindingCount(id, n > 0)}). {@code "ALL"} is every rule of the class's engine;
     * otherwise rule ids separated by commas; empty (the default) for no gate. When
     * {@code -Dtest} runs some of the class's methods only, only their assertions count.
     *
     * <pre>{@code
     * @NastavnikTest(region = "31", coverageGate = "PAIR_FORMED_LATE, CURATOR_MISSING")
     * }</pre>
     *
     * @return the rules each to be asserted in some passing assertion, "ALL", or empty
     */
    String coverageGate() default "";
}
