package org.nastavnik.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.Profiles;
import org.nastavnik.rules.RuleDescriptor;

/**
 * The rule coverage gate of this module's build. Not a test of its own (its name does not end
 * in {@code Test}): the {@code rule-coverage-gate} surefire execution runs it after the module's
 * tests, in a JVM of its own, and it fails the build when a required rule
 * ({@code -Dnastavnik.coverage.required}: {@code ALL}, the default, or ids) never fired in any
 * of them. {@code ALL} means every rule this module ships: the federal catalogue and the
 * built-in region packs ({@link Profiles}); rule packs that exist only as test fixtures are
 * left out.
 */
class RuleCoverageGate {

    @Test
    void every_required_rule_fired_in_at_least_one_test() {
        assumeTrue(Boolean.getBoolean("nastavnik.coverage.gate"), "runs only in the rule-coverage-gate execution");
        String required = System.getProperty(RuleCoverage.REQUIRED_PROPERTY, RuleCoverage.ALL);
        RuleCoverage coverage = RuleCoverage.read(
                Path.of(System.getProperty(RuleCoverage.FILE_PROPERTY, RuleCoverage.DEFAULT_FILE) + ".properties"));
        if (required.strip().equalsIgnoreCase(RuleCoverage.ALL)) {
            Set<String> shipped = new TreeSet<>();
            ComplianceEngine.federal().rules().stream().map(RuleDescriptor::id).forEach(shipped::add);
            for (String code : Profiles.codes()) {
                ComplianceEngine.forProfile(Profiles.region(code)).rules().stream().map(RuleDescriptor::id)
                        .forEach(shipped::add);
            }
            coverage.verify(shipped);
        } else {
            coverage.verify(required);
        }
    }
}
