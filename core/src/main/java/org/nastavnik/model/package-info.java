/**
 * The domain model of the target model of mentoring (целевая модель наставничества, ЦМН):
 * roadmaps, organizations, people and their roles, mentoring forms, mentorships, meetings,
 * monitoring and a {@code Snapshot} that gathers them for one territory.
 *
 * <p>Every type is an immutable value built with a builder; {@code null} is never accepted
 * or returned, optional values are {@link java.util.Optional}.
 */
@NullMarked
@Value.Style(
        jdkOnly = true,
        typeImmutable = "Immutable*",
        visibility = Value.Style.ImplementationVisibility.PUBLIC,
        defaults = @Value.Immutable(copy = true, prehash = false))
package org.nastavnik.model;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
