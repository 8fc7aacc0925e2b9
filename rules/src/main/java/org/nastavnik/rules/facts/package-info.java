/**
 * The vocabulary rules match beyond the snapshot's records, and its derivation: one
 * {@link org.nastavnik.rules.facts.RoadmapActivity} per roadmap activity, a pair's meetings as
 * one {@link org.nastavnik.rules.facts.MentorshipMeetings}, one
 * {@link org.nastavnik.rules.facts.PairParticipant} / {@link org.nastavnik.rules.facts.PairedMentee}
 * per participant of a pair, {@link org.nastavnik.rules.facts.FormedPairs},
 * {@link org.nastavnik.rules.facts.RecordedEvents}; helper functions DRL calls
 * ({@link org.nastavnik.rules.facts.Participants}, {@link org.nastavnik.rules.facts.ReportingPeriods}).
 *
 * <p>The derivation machinery is package-private behind {@link org.nastavnik.rules.facts.Facts},
 * which the engine calls. This package depends on no other package of the engine.
 */
package org.nastavnik.rules.facts;
