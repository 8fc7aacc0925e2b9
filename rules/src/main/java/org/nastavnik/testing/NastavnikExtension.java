package org.nastavnik.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Optional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.nastavnik.json.JsonDocument;
import org.nastavnik.model.RegionCode;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.Territory;
import org.nastavnik.rules.ComplianceEngine;

/**
 * The JUnit 5 extension behind {@link NastavnikTest}: resolves test-method (and constructor)
 * parameters of type {@link ComplianceEngine}, {@link Scenario}, and {@link Snapshot} annotated
 * with {@link SnapshotFile}.
 *
 * <p>The engine is built once per test class and kept in the class's extension store. The
 * region comes from {@link NastavnikTest#region()} on the test class or an enclosing class;
 * without one the federal rules apply. The engine of a region or profile is found as
 * {@link NastavnikTest#region()} says; a region without rules of its own fails the test.
 *
 * <p>It names each test for {@link RuleCoverage} while it runs, and after the class's tests
 * applies the class's {@link NastavnikTest#coverageGate() coverage gate}, if it has one.
 *
 * <pre>{@code
 * @ExtendWith(NastavnikExtension.class)      // or @NastavnikTest(region = "31")
 * class MyRulesTest {
 *     @Test
 *     void checks(ComplianceEngine engine, @SnapshotFile("school-12.json") Snapshot school) { … }
 * }
 * }</pre>
 */
public final class NastavnikExtension implements ParameterResolver, BeforeEachCallback, AfterEachCallback,
        AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(NastavnikExtension.class);

    /** Made by JUnit through {@code @ExtendWith}. */
    public NastavnikExtension() {
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == ComplianceEngine.class || type == Scenario.class
                || (type == Snapshot.class && parameter.isAnnotated(SnapshotFile.class));
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == ComplianceEngine.class) {
            return engine(context);
        }
        if (type == Scenario.class) {
            return region(context).map(r -> Scenario.in(Territory.builder().region(r).build()))
                    .orElseThrow(() -> new ParameterResolutionException("a Scenario parameter of "
                            + context.getRequiredTestClass().getName() + " needs a region; annotate the class"
                            + " @NastavnikTest(region = \"31\") or start one yourself with Scenario.in(region(\"31\"))"));
        }
        String name = parameter.findAnnotation(SnapshotFile.class).orElseThrow().value();
        return snapshot(context.getRequiredTestClass(), name);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        RuleCoverage.startTest(testName(context.getRequiredTestClass()) + "." + context.getRequiredTestMethod().getName());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        RuleCoverage.startTest(null);
    }

    /**
     * Fails the class when its coverage gate names a rule that no passing assertion of its
     * tests was about.
     */
    @Override
    public void afterAll(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        String gate = AnnotationSupport.findAnnotation(testClass, NastavnikTest.class).map(NastavnikTest::coverageGate)
                .orElse("").strip();
        if (gate.isEmpty()) {
            return;
        }
        List<String> required = new ArrayList<>();
        if (gate.equalsIgnoreCase(RuleCoverage.ALL)) {
            engine(context).rules().forEach(r -> required.add(r.id()));
        } else {
            Arrays.stream(gate.split(",")).map(String::strip).filter(id -> !id.isEmpty()).forEach(required::add);
        }
        List<String> unknown = RuleIds.unknown(required, RuleIds.knownOf(engine(context)));
        if (!unknown.isEmpty()) {
            throw new AssertionError("The coverage gate of " + testClass.getSimpleName() + " names rules the engine "
                    + "does not have:" + FindingFormat.NL + "  " + String.join(FindingFormat.NL + "  ", unknown));
        }
        List<String> missing = RuleCoverage.neverAsserted(required, testName(testClass) + ".");
        if (!missing.isEmpty()) {
            throw new AssertionError("Expecting every rule of the coverage gate of " + testClass.getSimpleName()
                    + " to be the subject of a passing assertion" + FindingFormat.NL + "but " + missing.size()
                    + (missing.size() == 1 ? " rule never was:" : " rules never were:") + FindingFormat.NL + "  "
                    + String.join(FindingFormat.NL + "  ", missing) + FindingFormat.NL
                    + "Assert a finding of each (assertThat(report).hasFinding(id)), or narrow coverageGate = \""
                    + gate + "\".");
        }
    }

    /** The class's name as {@link RuleCoverageListener} writes it: without its package. */
    private static String testName(Class<?> testClass) {
        return testClass.getName().substring(testClass.getName().lastIndexOf('.') + 1);
    }

    private static ComplianceEngine engine(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        Optional<RegionCode> region = region(context);
        Class<?> testClass = context.getRequiredTestClass();
        String profile = profile(context);
        String where = "@NastavnikTest(" + region.map(r -> "region = \"" + r.code() + "\"").orElse("")
                + (profile.isEmpty() ? "" : (region.isPresent() ? ", " : "") + "profile = \"" + profile + "\"") + ") on "
                + testClass.getName();
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(ComplianceEngine.class, k -> {
            try {
                return RegionEngines.engineFor(region.orElse(null), profile, testClass, where);
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new ParameterResolutionException(e.getMessage(), e);
            }
        }, ComplianceEngine.class);
    }

    /** @return the profile of the innermost {@link NastavnikTest} that names one, or empty */
    static String profile(ExtensionContext context) {
        for (Class<?> c = context.getRequiredTestClass(); c != null; c = c.getEnclosingClass()) {
            Optional<NastavnikTest> a = AnnotationSupport.findAnnotation(c, NastavnikTest.class);
            if (a.isPresent() && !a.get().profile().isBlank()) {
                return a.get().profile().strip();
            }
        }
        return "";
    }

    /** @return the region of the innermost {@link NastavnikTest} that names one, from the test class outwards */
    static Optional<RegionCode> region(ExtensionContext context) {
        for (Class<?> c = context.getRequiredTestClass(); c != null; c = c.getEnclosingClass()) {
            Optional<NastavnikTest> a = AnnotationSupport.findAnnotation(c, NastavnikTest.class);
            if (a.isPresent() && !a.get().region().isBlank()) {
                try {
                    return Optional.of(RegionCode.of(a.get().region().strip()));
                } catch (IllegalArgumentException e) {
                    throw new ParameterResolutionException("@NastavnikTest(region = \"" + a.get().region() + "\") on "
                            + c.getName() + ": " + e.getMessage(), e);
                }
            }
        }
        return Optional.empty();
    }

    static Snapshot snapshot(Class<?> testClass, String name) {
        URL url = testClass.getResource(name);
        String looked = name.startsWith("/") ? name
                : "/" + testClass.getPackageName().replace('.', '/') + "/" + name + " and /" + name;
        if (url == null && !name.startsWith("/")) {
            url = testClass.getResource("/" + name);
        }
        if (url == null) {
            throw new ParameterResolutionException("@SnapshotFile(\"" + name + "\"): no such resource on the class path of "
                    + testClass.getName() + "; looked for " + looked);
        }
        try (InputStream in = url.openStream()) {
            return JsonDocument.SNAPSHOT.read(in);
        } catch (IOException e) {
            throw new ParameterResolutionException("@SnapshotFile(\"" + name + "\"): cannot read " + url + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ParameterResolutionException("@SnapshotFile(\"" + name + "\") is not a valid snapshot: " + e.getMessage(), e);
        }
    }
}
