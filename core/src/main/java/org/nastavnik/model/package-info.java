/**
 * The domain model of the target model of mentoring (целевая модель наставничества, ЦМН):
 * roadmaps, organizations, people and their roles, mentoring forms, mentorships, meetings,
 * monitoring and a {@code Snapshot} that gathers them for one territory.
 *
 * <p>Every type is an immutable value built with a builder; {@code null} is never returned,
 * optional values are {@link java.util.Optional}. Each type's {@code builder()} names its
 * required attributes. Building never throws a bare {@code NullPointerException} or
 * {@code IllegalStateException}: {@code build()} (and every {@code with*} copy and {@code of}
 * factory) throws one {@link org.nastavnik.model.ValidationException} that lists every
 * required attribute not set or, when all are set, every attribute or element of a list that
 * is {@code null} together with the value's own problems, each with its path, value and reason.
 * A {@code null} passed for an optional attribute means that it is absent.
 *
 * <p>A region is a {@link org.nastavnik.model.RegionCode} in every value, and every method that
 * takes a region also takes its official code as a string, such as
 * {@code Organization.builder().region("31")} or {@code Territory.region("31")}.
 */
@NullMarked
@Value.Style(
        jdkOnly = true,
        typeImmutable = "Immutable*",
        visibility = Value.Style.ImplementationVisibility.PUBLIC,
        // Builders record which required attributes were set and report the missing ones all at
        // once; nulls are let through to each type's @Value.Check (Attributes.require), which
        // lists them with the value's other problems. Both cases become a ValidationException.
        validationMethod = Value.Style.ValidationMethod.MANDATORY_ONLY,
        throwForInvalidImmutableState = ValidationException.class,
        throwForNullPointer = ValidationException.class,
        optionalAcceptNullable = true,
        defaults = @Value.Immutable(copy = true, prehash = false))
package org.nastavnik.model;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
