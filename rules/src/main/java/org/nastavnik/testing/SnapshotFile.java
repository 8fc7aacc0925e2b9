package org.nastavnik.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks {@link NastavnikExtension} for a {@link org.nastavnik.model.Snapshot} read from a JSON
 * file among the test's resources (the JSON form of {@link org.nastavnik.json.JsonDocument#SNAPSHOT}).
 *
 * <p>A name without a leading {@code /} is looked for next to the test class (in its package
 * directory), then at the root of the class path; {@code "/data/school-12.json"} only at that
 * path from the root.
 *
 * <pre>{@code
 * @NastavnikTest(region = "31")
 * class School12Test {
 *     @Test
 *     void has_no_violations(ComplianceEngine engine, @SnapshotFile("school-12.json") Snapshot school) {
 *         ReportAssert.assertThat(engine.check(school, LocalDate.of(2022, 10, 1))).hasNoViolations();
 *     }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface SnapshotFile {

    /**
     * @return the resource name, such as {@code "school-12.json"}
     */
    String value();
}
