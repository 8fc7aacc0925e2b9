package org.nastavnik.testing;

import static org.nastavnik.testing.FindingFormat.NL;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.nastavnik.rules.ComplianceReport;
import org.nastavnik.rules.Finding;

/**
 * Which rules a test suite exercised: for each rule, the tests in which it fired (a current or
 * upcoming finding) and the tests in which it was only evaluated.
 *
 * <p>Recording is off unless the system property {@value #ENABLED_PROPERTY} is {@code true} or
 * {@link RuleCoverageListener} runs; when on, every {@link org.nastavnik.rules.ComplianceEngine}
 * check in the JVM is recorded against the test running at the time (the engine tells
 * {@link RuleCoverageRecorder}, a {@link org.nastavnik.rules.CheckListener} it finds by
 * {@link java.util.ServiceLoader}; the engine itself does not know this package). The listener writes the
 * result as {@code target/nastavnik-rule-coverage.md} (for people) and
 * {@code target/nastavnik-rule-coverage.properties} (for {@link #read} and {@link #verify}).
 *
 * <p>Instances are immutable views of what was recorded; the static recorder is thread-safe,
 * though checks made from threads a test starts are counted against whichever test is
 * running when they finish.
 *
 * <pre>{@code
 * // after a test run with RuleCoverageListener registered:
 * RuleCoverage coverage = RuleCoverage.read(Path.of("target/nastavnik-rule-coverage.properties"));
 * coverage.untested("ALL");                     // rules evaluated but never fired
 * coverage.verify("PAIR_FORMED_LATE, CURATOR_MISSING");   // AssertionError naming each one that never fired
 * RuleCoverage.neverAsserted(List.of("PAIR_FORMED_LATE"), "");   // no passing assertion was about it
 * }</pre>
 */
public final class RuleCoverage {

    /** The system property that switches recording on ({@code true}) or, for the listener, off ({@code false}). */
    public static final String ENABLED_PROPERTY = "nastavnik.coverage";
    /** The system property with the rules a build requires to fire: {@code ALL} or ids separated by commas. */
    public static final String REQUIRED_PROPERTY = "nastavnik.coverage.required";
    /** The system property with the path of the files to write, without extension. */
    public static final String FILE_PROPERTY = "nastavnik.coverage.file";
    /** The default path of the files, without extension, relative to the working directory. */
    public static final String DEFAULT_FILE = "target/nastavnik-rule-coverage";
    /** The value of {@value #REQUIRED_PROPERTY} that requires every rule evaluated in any check. */
    public static final String ALL = "ALL";

    private static final String NO_TEST = "(outside a test)";
    /** Rules a passing assertion was about, by the tests that made it: recorded always, it is cheap. */
    private static final Map<String, Set<String>> ASSERTED = new TreeMap<>();
    private static volatile boolean enabled = Boolean.getBoolean(ENABLED_PROPERTY);
    private static volatile String currentTest = NO_TEST;
    private static final Recorder GLOBAL = new Recorder();

    private final Map<String, Set<String>> fired;
    private final Map<String, Set<String>> evaluated;
    private final int checks;
    private final int tests;

    private RuleCoverage(Map<String, Set<String>> fired, Map<String, Set<String>> evaluated, int checks, int tests) {
        this.fired = copy(fired);
        this.evaluated = copy(evaluated);
        this.checks = checks;
        this.tests = tests;
    }

    private static Map<String, Set<String>> copy(Map<String, Set<String>> m) {
        Map<String, Set<String>> c = new TreeMap<>();
        m.forEach((k, v) -> c.put(k, Collections.unmodifiableSet(new TreeSet<>(v))));
        return Collections.unmodifiableMap(c);
    }

    // ------------------------------------------------------------------ the recorder

    /** @return whether checks are being recorded */
    public static boolean isEnabled() {
        return enabled;
    }

    /** Switches recording on for the rest of the JVM's life (the listener does this when a test run starts). */
    public static void enable() {
        enabled = true;
    }

    /**
     * Names the test now running; checks recorded from now on count for it.
     *
     * @param testName  such as {@code PairFormedLateTest.should_report_pair_formed_late}, or null when none runs
     */
    public static void startTest(String testName) {
        currentTest = testName == null || testName.isBlank() ? NO_TEST : testName;
    }

    /**
     * Records one check. {@link RuleCoverageRecorder}, a listener of every engine, calls this
     * after every check while recording is on; a report built by hand may be recorded the same way.
     *
     * @param report  the report of the check, not null
     */
    public static void record(ComplianceReport report) {
        GLOBAL.record(Objects.requireNonNull(report, "report"), currentTest);
    }

    /**
     * Records that a passing assertion was about a rule ({@link ReportAssert#hasFinding},
     * {@code hasUpcoming}, {@code hasOnlyFindings}, {@code hasFindingCount(rule, n > 0)}), in the
     * test now running.
     *
     * @param ruleId  the rule's id, not null
     */
    public static void recordAsserted(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        String test = currentTest;
        synchronized (ASSERTED) {
            ASSERTED.computeIfAbsent(ruleId, k -> new TreeSet<>()).add(test);
        }
    }

    /**
     * @return for each rule a passing assertion was about, the tests that made one (named
     *     {@code Class.method} while {@link NastavnikExtension} or {@link RuleCoverageListener}
     *     runs), sorted
     */
    public static Map<String, Set<String>> asserted() {
        synchronized (ASSERTED) {
            return copy(ASSERTED);
        }
    }

    /**
     * The rules among {@code required} that no passing assertion of the tests whose names start
     * with {@code testPrefix} was about.
     *
     * @param required  the rule ids, not null
     * @param testPrefix  such as {@code "PairFormedLateTest."}; empty for every test
     * @return the rules never asserted, sorted
     */
    public static List<String> neverAsserted(Collection<String> required, String testPrefix) {
        Map<String, Set<String>> asserted = asserted();
        return new TreeSet<>(required).stream()
                .filter(id -> asserted.getOrDefault(id, Set.of()).stream().noneMatch(t -> t.startsWith(testPrefix)))
                .toList();
    }

    /** @return the name of the test now running, as given to {@link #startTest} */
    static String currentTest() {
        return currentTest;
    }

    /** @return what was recorded so far in this JVM */
    public static RuleCoverage collected() {
        return GLOBAL.collected();
    }

    /** Collects checks against test names; thread-safe. One serves the JVM, tests make their own. */
    static final class Recorder {
        private final Map<String, Set<String>> fired = new TreeMap<>();
        private final Map<String, Set<String>> evaluated = new TreeMap<>();
        private final Set<String> tests = new TreeSet<>();
        private int checks;

        synchronized void record(ComplianceReport report, String test) {
            checks++;
            tests.add(test);
            report.rulesEvaluated().forEach(id -> evaluated.computeIfAbsent(id, k -> new TreeSet<>()).add(test));
            for (Finding f : report.allFindings()) {
                fired.computeIfAbsent(f.ruleId(), k -> new TreeSet<>()).add(test);
                evaluated.computeIfAbsent(f.ruleId(), k -> new TreeSet<>()).add(test);
            }
        }

        synchronized RuleCoverage collected() {
            return new RuleCoverage(fired, evaluated, checks, tests.size());
        }
    }

    // ------------------------------------------------------------------ the result

    /** @return every rule evaluated in at least one check, sorted */
    public Set<String> rules() {
        return evaluated.keySet();
    }

    /** @return the rules that fired in at least one test, sorted */
    public Set<String> fired() {
        return fired.keySet();
    }

    /** @return the rules evaluated but never fired, sorted */
    public Set<String> evaluatedOnly() {
        Set<String> s = new TreeSet<>(evaluated.keySet());
        s.removeAll(fired.keySet());
        return Collections.unmodifiableSet(s);
    }

    /**
     * @param ruleId  a rule id
     * @return the number of tests in which the rule fired
     */
    public int testsFiring(String ruleId) {
        return fired.getOrDefault(ruleId, Set.of()).size();
    }

    /**
     * @param ruleId  a rule id
     * @return the number of tests in which the rule was evaluated
     */
    public int testsEvaluating(String ruleId) {
        return evaluated.getOrDefault(ruleId, Set.of()).size();
    }

    /** @return the number of checks recorded */
    public int checks() {
        return checks;
    }

    /**
     * @param required  {@value #ALL} for every rule evaluated in any check, or rule ids
     *     separated by commas
     * @return the required rules that never fired, sorted
     */
    public List<String> untested(String required) {
        return untested(requiredIds(required));
    }

    /**
     * @param required  rule ids
     * @return those that never fired, sorted
     */
    public List<String> untested(Collection<String> required) {
        return new TreeSet<>(required).stream().filter(id -> !fired.containsKey(id)).toList();
    }

    /**
     * Fails when a required rule never fired in any test.
     *
     * @param required  {@value #ALL} or rule ids separated by commas, not null
     * @throws AssertionError naming each rule that never fired, and whether it was evaluated at all
     */
    public void verify(String required) {
        verify(requiredIds(required));
    }

    /**
     * Fails when a required rule never fired in any test.
     *
     * @param required  the rule ids, not null
     * @throws AssertionError naming each rule that never fired, and whether it was evaluated at all
     */
    public void verify(Collection<String> required) {
        List<String> missing = untested(required);
        if (checks == 0) {
            throw new AssertionError("Expecting rule coverage of a test run" + NL + "but no compliance check was recorded;"
                    + " is RuleCoverageListener registered and did the tests run?");
        }
        if (!missing.isEmpty()) {
            StringBuilder sb = new StringBuilder("Expecting every required rule to fire in at least one test" + NL
                    + "but " + missing.size() + (missing.size() == 1 ? " rule" : " rules") + " never fired:");
            for (String id : missing) {
                int n = testsEvaluating(id);
                sb.append(NL).append("  ").append(id).append(" (")
                        .append(n == 0 ? "never evaluated: no engine in the tests has it" : "evaluated in " + n
                                + (n == 1 ? " test" : " tests") + ", never fired")
                        .append(')');
            }
            sb.append(NL).append("Write a test with a snapshot that violates each of them.");
            throw new AssertionError(sb.toString());
        }
    }

    private List<String> requiredIds(String required) {
        Objects.requireNonNull(required, "required");
        if (required.strip().equalsIgnoreCase(ALL)) {
            return new ArrayList<>(rules());
        }
        return Arrays.stream(required.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    // ------------------------------------------------------------------ files

    /**
     * @param required  the rule ids required to fire (marked in the table), possibly empty
     * @return a Markdown page: a table of every rule with the number of tests firing and
     *     evaluating it, then the tests that fired each rule
     */
    public String toMarkdown(Collection<String> required) {
        Set<String> all = new TreeSet<>(evaluated.keySet());
        all.addAll(required);
        StringBuilder sb = new StringBuilder("# Rule coverage").append(NL).append(NL);
        sb.append(checks).append(" checks in ").append(tests).append(" tests; ").append(all.size()).append(" rules: ")
                .append(fired.size()).append(" fired in at least one test, ")
                .append(all.size() - fired.size()).append(" never fired.").append(NL).append(NL);
        sb.append("| rule | fired in tests | evaluated in tests | status |").append(NL);
        sb.append("|---|---:|---:|---|").append(NL);
        for (String id : all) {
            String status = fired.containsKey(id) ? "tested" : evaluated.containsKey(id) ? "evaluated, never fired" : "never evaluated";
            if (required.contains(id) && !fired.containsKey(id)) {
                status = "**untested, required**";
            }
            sb.append("| ").append(id).append(" | ").append(testsFiring(id)).append(" | ").append(testsEvaluating(id))
                    .append(" | ").append(status).append(" |").append(NL);
        }
        sb.append(NL).append("## Tests in which each rule fired").append(NL).append(NL);
        fired.forEach((id, t) -> sb.append("- ").append(id).append(": ").append(String.join(", ", t)).append(NL));
        return sb.toString();
    }

    /**
     * Writes {@code base.md} and {@code base.properties}.
     *
     * @param base  the path without extension, such as {@code target/nastavnik-rule-coverage}
     * @param required  the rule ids required to fire, marked in the Markdown table
     * @throws UncheckedIOException if a file cannot be written
     */
    public void write(Path base, Collection<String> required) {
        Properties p = new Properties();
        p.setProperty("checks", String.valueOf(checks));
        p.setProperty("tests", String.valueOf(tests));
        evaluated.forEach((id, t) -> {
            p.setProperty(id + ".evaluatedIn", String.join(",", t));
            p.setProperty(id + ".firedIn", String.join(",", fired.getOrDefault(id, Set.of())));
        });
        try {
            Path parent = base.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(Path.of(base + ".md"), toMarkdown(required), StandardCharsets.UTF_8);
            StringBuilder sb = new StringBuilder("# Nastavnik rule coverage: <rule>.firedIn / <rule>.evaluatedIn list test names").append(NL);
            new TreeMap<>(p).forEach((k, v) -> sb.append(k).append('=').append(escape(v.toString())).append(NL));
            Files.writeString(Path.of(base + ".properties"), sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write rule coverage to " + base + ".md/.properties", e);
        }
    }

    private static String escape(String v) {
        return v.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=").replace("#", "\\#").replace("!", "\\!");
    }

    /**
     * Reads what {@link #write} wrote.
     *
     * @param properties  the {@code .properties} file, such as {@code target/nastavnik-rule-coverage.properties}
     * @return the coverage
     * @throws UncheckedIOException if the file cannot be read, with advice if it does not exist
     */
    public static RuleCoverage read(Path properties) {
        if (!Files.exists(properties)) {
            throw new UncheckedIOException(new IOException("no rule coverage at " + properties.toAbsolutePath()
                    + "; register org.nastavnik.testing.RuleCoverageListener and run the tests before verifying"));
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(properties, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule coverage from " + properties, e);
        }
        Map<String, Set<String>> fired = new TreeMap<>();
        Map<String, Set<String>> evaluated = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.endsWith(".evaluatedIn")) {
                String id = key.substring(0, key.length() - ".evaluatedIn".length());
                evaluated.put(id, split(p.getProperty(key)));
                Set<String> f = split(p.getProperty(id + ".firedIn", ""));
                if (!f.isEmpty()) {
                    fired.put(id, f);
                }
            }
        }
        return new RuleCoverage(fired, evaluated, Integer.parseInt(p.getProperty("checks", "0")),
                Integer.parseInt(p.getProperty("tests", "0")));
    }

    private static Set<String> split(String v) {
        return Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Override
    public String toString() {
        return "RuleCoverage{" + checks + " checks, " + fired.size() + " of " + evaluated.size() + " rules fired}";
    }
}
