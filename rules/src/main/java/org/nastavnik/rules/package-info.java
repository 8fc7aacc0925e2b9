/**
 * The compliance engine of Nastavnik, as a program that embeds it sees it: engines, reports,
 * findings, profiles, sessions and partitioned checks.
 *
 * <p>{@link org.nastavnik.rules.ComplianceEngine} checks a {@link org.nastavnik.model.Snapshot}
 * and returns a {@link org.nastavnik.rules.ComplianceReport} of
 * {@link org.nastavnik.rules.Finding}s. A {@link org.nastavnik.rules.Profile} configures a
 * region's engine; a {@link org.nastavnik.rules.ComplianceSession} re-checks changes;
 * {@link org.nastavnik.rules.PartitionedCheck} checks a territory too large for one session.
 * {@link org.nastavnik.rules.CheckListener}s see every report the engine makes.
 *
 * <p>Rule-pack authors read {@link org.nastavnik.rules.spi}; the facts the rules match are in
 * {@link org.nastavnik.rules.facts}. How to add a rule step by step: {@code rules/README-rules.md}.
 */
package org.nastavnik.rules;
