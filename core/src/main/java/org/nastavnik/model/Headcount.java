package org.nastavnik.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The headcount of an organization on a day (численность обучающихся и педагогических
 * работников): students by age and teachers, the denominators of the target indicators'
 * shares. Every number is optional: a share whose denominator is not given is not measured.
 *
 * <pre>{@code
 * Headcount.builder().asOf(LocalDate.of(2022, 9, 1))
 *         .addStudentsByAge(StudentsOfAge.of(10, 54), StudentsOfAge.of(11, 49))
 *         .teachers(38).youngSpecialists(5)
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Headcount {

    /** @return the day the numbers are as of (such as the date of a statistical report) */
    public abstract LocalDate asOf();

    /** @return the number of students of each age in full years, one entry per age; empty when not given */
    public abstract List<StudentsOfAge> studentsByAge();

    /** @return the number of teachers (педагогических работников), if given */
    public abstract OptionalInt teachers();

    /** @return the number of young specialists (молодых специалистов) among the teachers, if given */
    public abstract OptionalInt youngSpecialists();

    /**
     * @param fromAge  the youngest age counted, full years
     * @param toAge  the oldest age counted, full years, inclusive
     * @return the students of those ages, or empty when no student is counted by age
     */
    public OptionalInt studentsAged(int fromAge, int toAge) {
        if (studentsByAge().isEmpty()) {
            return OptionalInt.empty();
        }
        int n = 0;
        for (StudentsOfAge s : studentsByAge()) {
            if (s.age() >= fromAge && s.age() <= toAge) {
                n += s.count();
            }
        }
        return OptionalInt.of(n);
    }

    /** @return a new builder */
    public static ImmutableHeadcount.Builder builder() {
        return ImmutableHeadcount.builder();
    }

    @Value.Check
    void check() {
        Attributes.require(this, "asOf", asOf(), "studentsByAge", studentsByAge());
        List<Problem> problems = new ArrayList<>();
        Set<Integer> ages = new HashSet<>();
        for (int i = 0; i < studentsByAge().size(); i++) {
            StudentsOfAge s = studentsByAge().get(i);
            if (s.age() < 0 || s.age() > 30) {
                problems.add(Problem.of("studentsByAge[" + i + "].age", s.age(), "must be from 0 to 30 years"));
            } else if (!ages.add(s.age())) {
                problems.add(Problem.of("studentsByAge[" + i + "].age", s.age(), "duplicate age: one entry per age"));
            }
            if (s.count() < 0) {
                problems.add(Problem.of("studentsByAge[" + i + "].count", s.count(), "must not be negative"));
            }
        }
        if (teachers().isPresent() && teachers().getAsInt() < 0) {
            problems.add(Problem.of("teachers", teachers().getAsInt(), "must not be negative"));
        }
        if (youngSpecialists().isPresent() && youngSpecialists().getAsInt() < 0) {
            problems.add(Problem.of("youngSpecialists", youngSpecialists().getAsInt(), "must not be negative"));
        }
        if (youngSpecialists().isPresent() && teachers().isPresent()
                && youngSpecialists().getAsInt() > teachers().getAsInt()) {
            problems.add(Problem.of("youngSpecialists", youngSpecialists().getAsInt(),
                    "must not exceed teachers (" + teachers().getAsInt() + ")"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("headcount", problems);
        }
    }
}
