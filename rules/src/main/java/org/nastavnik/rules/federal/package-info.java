/**
 * The federal rule pack: its rules are DRL files of this package (in the jar's resources); the
 * Java types here are the helpers the rules call from their conditions, such as {@link
 * org.nastavnik.rules.federal.MeetingSequence} (the order of a pair's meetings) and {@link
 * org.nastavnik.rules.federal.RoadmapChecks} (the due occurrences of an activity, the stages a
 * roadmap covers). They are public only because the rule classes Drools generates live in
 * sub-packages; callers read the results as {@link org.nastavnik.rules.Finding findings}.
 */
@NullMarked
package org.nastavnik.rules.federal;

import org.jspecify.annotations.NullMarked;
