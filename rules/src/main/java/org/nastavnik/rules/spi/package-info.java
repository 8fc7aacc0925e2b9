/**
 * For rule-pack authors: what a pack is ({@link org.nastavnik.rules.spi.RulePack}), the numbers
 * it reads ({@link org.nastavnik.rules.spi.RuleParameters}), and what DRL calls: the one
 * {@link org.nastavnik.rules.spi.CheckContext} fact of a check, the
 * {@link org.nastavnik.rules.spi.FindingCollector} global {@code findings},
 * {@link org.nastavnik.rules.spi.DutyChecks} to judge a duty over time with
 * {@link org.nastavnik.duty} (one start, one matching of completions, the evidence every duty
 * finding carries), and the older {@link org.nastavnik.rules.spi.DuePeriod}.
 *
 * <p>The facts rules match beyond the snapshot's records are in {@link org.nastavnik.rules.facts}.
 * This package depends on no other package of the engine.
 */
package org.nastavnik.rules.spi;
