package org.nastavnik.deadline;

/**
 * A deadline (срок) of a roadmap activity. Placeholder until the deadlines issue lands.
 */
public interface Deadline {
}
