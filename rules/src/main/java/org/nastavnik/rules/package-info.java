/**
 * The compliance engine of Nastavnik: rules, findings and reports.
 *
 * <p>{@link org.nastavnik.rules.ComplianceEngine} checks a {@link org.nastavnik.model.Snapshot}
 * and returns a {@link org.nastavnik.rules.ComplianceReport} of
 * {@link org.nastavnik.rules.Finding}s. Rules are written in DRL and compiled to Drools'
 * executable model when this module is built; {@link org.nastavnik.rules.RuleDescriptor}s
 * come from their metadata and message files. Numbers a region may change are
 * {@link org.nastavnik.rules.RuleParameters}; a region's own rules come as a
 * {@link org.nastavnik.rules.RulePack}.
 *
 * <p>For rule authors: DRL rules match the snapshot's records, one
 * {@link org.nastavnik.rules.CheckContext} and one {@link org.nastavnik.rules.RoadmapActivity}
 * per roadmap activity, and report through the {@link org.nastavnik.rules.FindingCollector}
 * global {@code findings}. How to add a rule step by step: {@code rules/README-rules.md}.
 */
package org.nastavnik.rules;
