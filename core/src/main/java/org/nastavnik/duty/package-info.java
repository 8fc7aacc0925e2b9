/**
 * Duties over time (обязанность во времени): the occurrences of a deadline from the day the duty
 * starts, the window in which each can be done, and the matching of completions to occurrences.
 *
 * <p>{@link org.nastavnik.duty.Duty} is the one model every rule that judges dates reads: roadmap
 * activities, periodic reports, list refreshes, personified accounting, monitoring and the
 * region packs. {@link org.nastavnik.duty.DutyStart} says when a duty starts and why;
 * {@link org.nastavnik.duty.DutyStatus} holds each occurrence with its
 * {@link org.nastavnik.duty.JudgedOccurrence.State state}.
 */
@NullMarked
package org.nastavnik.duty;

import org.jspecify.annotations.NullMarked;
