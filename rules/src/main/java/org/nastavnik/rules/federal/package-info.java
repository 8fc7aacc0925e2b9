/**
 * Support for the federal rule pack's DRL: calculations the roadmap rules call from their
 * conditions (the due occurrences of an activity, the stages a roadmap covers). Public only
 * because the rule classes Drools generates live in sub-packages; not meant for callers, who
 * read the results as {@link org.nastavnik.rules.Finding findings}.
 */
package org.nastavnik.rules.federal;
