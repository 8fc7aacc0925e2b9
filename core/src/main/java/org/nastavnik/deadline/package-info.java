/**
 * Deadlines (сроки) of roadmap activities: the deadline language of Russian roadmaps, parsed,
 * computed and explained.
 */
@NullMarked
package org.nastavnik.deadline;

import org.jspecify.annotations.NullMarked;
