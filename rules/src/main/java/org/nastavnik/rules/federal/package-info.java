/**
 * The federal rule pack: its rules are DRL files of this package (in the jar's resources);
 * the Java types here are the helpers the rules call, such as {@link
 * org.nastavnik.rules.federal.MeetingSequence}. They are public because the executable model
 * generated from the DRL lives in other packages.
 */
@NullMarked
package org.nastavnik.rules.federal;

import org.jspecify.annotations.NullMarked;
