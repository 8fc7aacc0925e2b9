package org.nastavnik.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.RuleDescriptor;

/**
 * The rule coverage gate of this module's build. Not a test of its own (its name does not end
 * in {@code Test}): the {@code rule-coverage-gate} surefire execution runs it after the module's
 * tests, in a JVM of its own, and it fails the build when a required rule
 * ({@code -Dnastavnik.coverage.required}: {@code ALL}, the default, or ids) never fired in any
 * of them. {@code ALL} means every federal rule and every rule the tests' engines evaluated.
 */
class RuleCoverageGate {

    @Test
    void every_required_rule_fired_in_at_least_one_test() {
        assumeTrue(Boolean.getBoolean("nastavnik.coverage.gate"), "runs only in the rule-coverage-gate execution");
        String required = System.getProperty(RuleCoverage.REQUIRED_PROPERTY, RuleCoverage.ALL);
        RuleCoverage coverage = RuleCoverage.read(
                Path.of(System.getProperty(RuleCoverage.FILE_PROPERTY, RuleCoverage.DEFAULT_FILE) + ".properties"));
        if (required.strip().equalsIgnoreCase(RuleCoverage.ALL)) {
            Set<String> all = new TreeSet<>(coverage.rules());
            ComplianceEngine.federal().rules().stream().map(RuleDescriptor::id).forEach(all::add);
            coverage.verify(all);
        } else {
            coverage.verify(required);
        }
    }
}
