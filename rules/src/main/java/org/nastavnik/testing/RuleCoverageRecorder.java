package org.nastavnik.testing;

import org.nastavnik.rules.CheckListener;
import org.nastavnik.rules.ComplianceReport;

/**
 * Subscribes {@link RuleCoverage} to every engine of the JVM: registered for
 * {@link java.util.ServiceLoader} in this jar's
 * {@code META-INF/services/org.nastavnik.rules.CheckListener}, it records each check while
 * recording is on and costs one volatile read otherwise.
 */
public final class RuleCoverageRecorder implements CheckListener {

    /** Made by {@link java.util.ServiceLoader}. */
    public RuleCoverageRecorder() {
    }

    @Override
    public void checked(ComplianceReport report) {
        if (RuleCoverage.isEnabled()) {
            RuleCoverage.record(report);
        }
    }
}
