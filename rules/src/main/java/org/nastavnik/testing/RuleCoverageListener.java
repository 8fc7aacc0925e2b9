package org.nastavnik.testing;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * A JUnit Platform listener that records {@link RuleCoverage} while tests run and writes it
 * when they end, to {@code target/nastavnik-rule-coverage.md} and {@code .properties} (the
 * system property {@value RuleCoverage#FILE_PROPERTY} changes the path).
 *
 * <p>Register it in the test resources of the project whose tests exercise the rules, in
 * {@code src/test/resources/META-INF/services/org.junit.platform.launcher.TestExecutionListener}:
 *
 * <pre>
 * org.nastavnik.testing.RuleCoverageListener
 * </pre>
 *
 * <p>It needs {@code junit-platform-launcher} on the test class path. The system property
 * {@value RuleCoverage#ENABLED_PROPERTY}{@code =false} silences it (the verifying run does this,
 * so as not to overwrite the coverage it reads). It never fails a test run: a listener's
 * exception is only logged by the platform. Fail the build with {@link RuleCoverage#verify} in a
 * test run after this one (see the project README, "Rule coverage").
 */
public final class RuleCoverageListener implements TestExecutionListener {

    private final Deque<String> running = new ArrayDeque<>();
    private boolean active;

    /** Made by the JUnit Platform through {@link java.util.ServiceLoader}. */
    public RuleCoverageListener() {
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        active = !"false".equalsIgnoreCase(System.getProperty(RuleCoverage.ENABLED_PROPERTY));
        if (active) {
            RuleCoverage.enable();
        }
    }

    @Override
    public void executionStarted(TestIdentifier test) {
        String name = name(test);
        if (active && name != null) {
            running.push(name);
            RuleCoverage.startTest(name);
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (active && name(test) != null && !running.isEmpty()) {
            running.pop();
            RuleCoverage.startTest(running.peek());
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (!active) {
            return;
        }
        RuleCoverage coverage = RuleCoverage.collected();
        String required = System.getProperty(RuleCoverage.REQUIRED_PROPERTY, "").strip();
        List<String> requiredIds = required.isEmpty() ? List.of()
                : required.equalsIgnoreCase(RuleCoverage.ALL) ? List.copyOf(coverage.rules())
                : List.of(required.split("\\s*,\\s*"));
        coverage.write(Path.of(System.getProperty(RuleCoverage.FILE_PROPERTY, RuleCoverage.DEFAULT_FILE)), requiredIds);
    }

    /** @return {@code Class.method} for a test method, {@code Class} for a test class (checks in its set-up), else null */
    private static String name(TestIdentifier test) {
        TestSource source = test.getSource().orElse(null);
        if (source instanceof MethodSource m) {
            return simple(m.getClassName()) + "." + m.getMethodName();
        }
        if (source instanceof ClassSource c) {
            return simple(c.getClassName());
        }
        return null;
    }

    private static String simple(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
