package org.nastavnik.model;

import org.immutables.value.Value;

/** How many students of an organization are of one age (в возрасте N лет), part of a {@link Headcount}. */
@Value.Immutable
public abstract class StudentsOfAge {

    /** @return the age in full years */
    @Value.Parameter
    public abstract int age();

    /** @return the number of students of that age */
    @Value.Parameter
    public abstract int count();

    /**
     * @param age  the age in full years
     * @param count  the number of students of that age
     * @return the entry
     */
    public static StudentsOfAge of(int age, int count) {
        return ImmutableStudentsOfAge.of(age, count);
    }

    /** @return a new builder */
    public static ImmutableStudentsOfAge.Builder builder() {
        return ImmutableStudentsOfAge.builder();
    }
}
