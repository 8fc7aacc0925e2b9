/**
 * The values every other package of Nastavnik speaks in, and which depend on nothing else of
 * Nastavnik: the {@link org.nastavnik.common.Language} of texts for people (Russian or English),
 * a {@link org.nastavnik.common.DateRange} of calendar days (a period, a school year, a
 * quarter) and the {@link org.nastavnik.common.Limits} of accepted input (dates, lengths,
 * percentages) that every entrance of the library holds to.
 *
 * <p>The packages of {@code core} form layers, each using only those below it:
 * {@code common} ← {@code deadline} (the deadline language) ← {@code model} (the domain) ←
 * {@code roadmap} (import of documents) and {@code json} (the JSON form).
 */
@NullMarked
@Value.Style(
        jdkOnly = true,
        typeImmutable = "Immutable*",
        visibility = Value.Style.ImplementationVisibility.PUBLIC,
        defaults = @Value.Immutable(copy = true, prehash = false))
package org.nastavnik.common;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
