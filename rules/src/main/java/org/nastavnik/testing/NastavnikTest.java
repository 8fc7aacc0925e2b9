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
     * for the federal rules. A region with a built-in profile ({@link org.nastavnik.rules.Profiles},
     * 23, 31, 42, 61, 62) gets that profile's engine; any other region the federal engine.
     * {@link Scenario} parameters start in the region.
     *
     * @return the region code, or empty for federal
     */
    String region() default "";

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
