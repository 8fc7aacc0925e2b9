package org.nastavnik.rules;

/**
 * Told of every report an engine's {@link ComplianceEngine#check check} makes, after the report
 * is built: for metrics, audit logs or test coverage, without wrapping the engine.
 *
 * <p>Register one on an engine with {@link ComplianceEngineBuilder#checkListener(CheckListener)},
 * or for every engine built in the JVM through {@link java.util.ServiceLoader}, in
 * {@code META-INF/services/org.nastavnik.rules.CheckListener} (the rule coverage of
 * {@code org.nastavnik.testing} subscribes this way). A listener is called on the checking
 * thread, by every thread that checks: it must be thread-safe and quick. An exception it throws
 * reaches the caller of {@code check}.
 */
@FunctionalInterface
public interface CheckListener {

    /**
     * @param report  the report just made, not null
     */
    void checked(ComplianceReport report);
}
